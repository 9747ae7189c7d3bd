/**
 * Reporting cues learned from the PolNeAR train compartment (tune sample only) by
 * scripts/learn-cues.ts: [cue, precision], where precision is the share of the
 * cue's occurrences outside quotes that annotators marked as a cue; the comment
 * is how many gold cues it covers. Kept: at least 2 gold cues in at least
 * 2 articles, precision at least 0.1. A derived word list; no corpus text.
 * @module
 */
export const LEARNED_CUES: ReadonlyArray<readonly [string, number]> = [
  ["said", 0.853], // 3498
  ["told", 0.862], // 344
  ["according to", 0.915], // 325
  ["says", 0.904], // 311
  ["wrote", 0.732], // 183
  ["added", 0.767], // 178
  ["say", 0.555], // 171
  ["asked", 0.529], // 138
  ["saying", 0.533], // 129
  ["called", 0.367], // 114
  ["noted", 0.784], // 87
  ["reported", 0.506], // 85
  ["announced", 0.595], // 66
  ["suggested", 0.615], // 64
  ["has said", 0.903], // 56
  ["found", 0.373], // 50
  ["adding", 0.681], // 49
  ["showed", 0.474], // 45
  ["argued", 0.564], // 44
  ["shows", 0.512], // 44
  ["tweeted", 0.629], // 44
  ["seemed", 0.472], // 42
  ["described", 0.621], // 41
  ["think", 0.36], // 41
  ["calling", 0.374], // 40
  ["telling", 0.5], // 36
  ["continued", 0.365], // 35
  ["explained", 0.729], // 35
  ["acknowledged", 0.733], // 33
  ["declined", 0.478], // 33
  ["endorsed", 0.375], // 33
  ["appears", 0.542], // 32
  ["believe", 0.368], // 32
  ["said in a statement", 0.615], // 32
  ["accused", 0.449], // 31
  ["appeared", 0.352], // 31
  ["declared", 0.508], // 31
  ["noting", 0.886], // 31
  ["referring to", 0.646], // 31
  ["said :", 0.795], // 31
  ["also said", 0.833], // 30
  ["criticized", 0.455], // 30
  ["recalled", 0.829], // 29
  ["urged", 0.718], // 28
  ["wants", 0.354], // 28
  ["citing", 0.9], // 27
  ["defended", 0.711], // 27
  ["is expected", 0.788], // 26
  ["concluded", 0.625], // 25
  ["seems", 0.391], // 25
  ["called for", 0.522], // 24
  ["cited", 0.632], // 24
  ["claimed", 0.585], // 24
  ["suggesting", 0.615], // 24
  ["arguing", 0.821], // 23
  ["calls", 0.295], // 23
  ["want", 0.174], // 23
  ["agreed", 0.386], // 22
  ["responded", 0.349], // 22
  ["see", 0.139], // 22
  ["stated", 0.629], // 22
  ["know", 0.21], // 21
  ["refused", 0.5], // 21
  ["argue", 0.8], // 20
  ["praised", 0.606], // 20
  ["replied", 0.69], // 20
  ["thinks", 0.444], // 20
  ["proposed", 0.311], // 19
  ["suggests", 0.679], // 19
  ["supporting", 0.226], // 19
  ["tells", 0.905], // 19
  ["warned", 0.528], // 19
  ["have said", 0.75], // 18
  ["promised", 0.529], // 18
  ["suggest", 0.581], // 18
  ["opposed", 0.347], // 17
  ["revealed", 0.415], // 17
  ["writes", 0.739], // 17
  ["believes", 0.327], // 16
  ["insisted", 0.64], // 16
  ["pledged", 0.17], // 16
  ["sees", 0.485], // 16
  ["sought", 0.246], // 16
  ["supported", 0.225], // 16
  ["calls for", 0.652], // 15
  ["hopes", 0.429], // 15
  ["offered", 0.242], // 15
  ["predicted", 0.652], // 15
  ["was asked", 0.652], // 15
  ["added :", 1], // 14
  ["questioned", 0.467], // 14
  ["said of", 0.269], // 14
  ["vowed", 0.452], // 14
  ["wanted", 0.226], // 14
  ["admitted", 0.464], // 13
  ["are expected", 0.765], // 13
  ["asking", 0.333], // 13
  ["blamed", 0.619], // 13
  ["denied", 0.406], // 13
  ["dismissed", 0.52], // 13
  ["indicated", 0.542], // 13
  ["read", 0.271], // 13
  ["recalling", 0.867], // 13
  ["rejected", 0.394], // 13
  ["show", 0.186], // 13
  ["talking about", 0.351], // 13
  ["asked about", 0.308], // 12
  ["called on", 0.48], // 12
  ["expressed", 0.261], // 12
  ["knows", 0.571], // 12
  ["named", 0.3], // 12
  ["pointed out", 0.667], // 12
  ["appear", 0.216], // 11
  ["blasted", 0.524], // 11
  ["confirmed", 0.393], // 11
  ["decided", 0.216], // 11
  ["explaining", 0.688], // 11
  ["finds", 0.55], // 11
  ["oppose", 0.355], // 11
  ["posted", 0.22], // 11
  ["saw", 0.208], // 11
  ["showing", 0.212], // 11
  ["thought", 0.196], // 11
  ["announcing", 0.588], // 10
  ["attacked", 0.313], // 10
  ["backed", 0.182], // 10
  ["backing", 0.2], // 10
  ["describing", 0.667], // 10
  ["did not mention", 0.909], // 10
  ["hope", 0.27], // 10
  ["ordered", 0.5], // 10
  ["pointed to", 0.5], // 10
  ["seeking", 0.152], // 10
  ["supports", 0.357], // 10
  ["adds", 0.643], // 9
  ["assured", 0.474], // 9
  ["calling for", 0.409], // 9
  ["conceded", 0.75], // 9
  ["denouncing", 0.6], // 9
  ["estimated", 0.36], // 9
  ["feel", 0.214], // 9
  ["hoping", 0.321], // 9
  ["knew", 0.29], // 9
  ["made it clear", 0.9], // 9
  ["promises", 0.391], // 9
  ["questions about", 0.153], // 9
  ["reiterated", 0.6], // 9
  ["signed", 0.17], // 9
  ["stating", 0.818], // 9
  ["acknowledging", 0.727], // 8
  ["argues", 1], // 8
  ["ask", 0.178], // 8
  ["asserted", 0.667], // 8
  ["attacking", 0.205], // 8
  ["attacks on", 0.129], // 8
  ["claiming", 0.32], // 8
  ["denounced", 0.364], // 8
  ["describes", 0.727], // 8
  ["expect", 0.333], // 8
  ["first reported", 0.533], // 8
  ["has argued", 1], // 8
  ["lamented", 1], // 8
  ["mentioned", 0.242], // 8
  ["mocked", 0.471], // 8
  ["notes", 0.8], // 8
  ["prefer", 0.444], // 8
  ["referred to", 0.421], // 8
  ["stressed", 0.667], // 8
  ["urging", 0.364], // 8
  ["went on to say", 0.889], // 8
  ["worried", 0.286], // 8
  ["would like", 0.471], // 8
  ["accusing", 0.538], // 7
  ["also noted", 0.875], // 7
  ["charged", 0.194], // 7
  ["cites", 0.875], // 7
  ["compared", 0.103], // 7
  ["complained", 0.389], // 7
  ["considered", 0.137], // 7
  ["did not respond to", 0.333], // 7
  ["discussed", 0.438], // 7
  ["explains", 0.7], // 7
  ["has endorsed", 0.583], // 7
  ["hoped", 0.233], // 7
  ["identified", 0.318], // 7
  ["included", 0.115], // 7
  ["insist", 0.438], // 7
  ["learned", 0.241], // 7
  ["pointing to", 0.538], // 7
  ["reminded", 0.583], // 7
  ["said in an interview", 0.175], // 7
  ["said sunday", 0.778], // 7
  ["seeks", 0.412], // 7
  ["talked about", 0.5], // 7
  ["talks about", 0.778], // 7
  ["thanked", 0.778], // 7
  ["titled", 0.467], // 7
  ["to endorse", 0.241], // 7
  ["accuses", 0.545], // 6
  ["acknowledge", 0.3], // 6
  ["allows", 0.24], // 6
  ["asks", 0.667], // 6
  ["challenged", 0.273], // 6
  ["claims", 0.6], // 6
  ["condemned", 0.5], // 6
  ["criticizing", 0.3], // 6
  ["declaring", 0.375], // 6
  ["decried", 0.857], // 6
  ["delivered", 0.125], // 6
  ["echoed", 0.333], // 6
  ["emailed", 0.429], // 6
  ["emphasized", 0.6], // 6
  ["encouraged", 0.545], // 6
  ["expecting", 0.462], // 6
  ["focused on", 0.128], // 6
  ["had hoped", 0.75], // 6
  ["had said", 0.5], // 6
  ["has criticized", 0.667], // 6
  ["has vowed", 0.75], // 6
  ["have endorsed", 0.857], // 6
  ["includes", 0.109], // 6
  ["indicate", 0.545], // 6
  ["insists", 0.857], // 6
  ["joked", 0.667], // 6
  ["known as", 0.133], // 6
  ["later said", 1], // 6
  ["listed", 0.375], // 6
  ["mean", 0.188], // 6
  ["note", 0.5], // 6
  ["opposition to", 0.158], // 6
  ["passed", 0.113], // 6
  ["point to", 0.429], // 6
  ["pointing out", 0.75], // 6
  ["points out", 0.667], // 6
  ["put it", 0.545], // 6
  ["questioning", 0.375], // 6
  ["quoted", 0.545], // 6
  ["reveals", 0.75], // 6
  ["said thursday", 0.429], // 6
  ["shouted", 0.857], // 6
  ["spoke about", 0.75], // 6
  ["welcomed", 0.4], // 6
  ["adding :", 0.833], // 5
  ["admits", 0.833], // 5
  ["allowed", 0.143], // 5
  ["asked for", 0.455], // 5
  ["believing", 0.625], // 5
  ["considers", 0.625], // 5
  ["determined", 0.227], // 5
  ["discussing", 0.294], // 5
  ["dismissing", 0.714], // 5
  ["endorses", 0.625], // 5
  ["felt", 0.161], // 5
  ["has called", 0.357], // 5
  ["has pledged", 0.833], // 5
  ["has proposed", 0.714], // 5
  ["has sought", 0.417], // 5
  ["has suggested", 1], // 5
  ["has supported", 0.833], // 5
  ["highlighted", 0.417], // 5
  ["insisting", 0.714], // 5
  ["is not expected", 1], // 5
  ["is seeking", 0.625], // 5
  ["is telling", 0.833], // 5
  ["is widely expected", 1], // 5
  ["issued a statement saying", 1], // 5
  ["nominated", 0.263], // 5
  ["now says", 1], // 5
  ["opposes", 0.294], // 5
  ["pushed", 0.135], // 5
  ["reads", 0.417], // 5
  ["recommended", 0.385], // 5
  ["refuses", 0.714], // 5
  ["repeated", 0.263], // 5
  ["requested", 0.333], // 5
  ["reveal", 0.333], // 5
  ["ruled", 0.333], // 5
  ["said friday", 0.556], // 5
  ["said tuesday", 0.385], // 5
  ["slamming", 0.556], // 5
  ["threatening", 0.455], // 5
  ["to discuss", 0.167], // 5
  ["touted", 0.455], // 5
  ["vowing", 0.556], // 5
  ["vows", 0.833], // 5
  ["warning", 0.714], // 5
  ["was asked about", 0.625], // 5
  ["would vote for", 0.357], // 5
  ["accusations of", 0.5], // 4
  ["agree", 0.111], // 4
  ["agree with", 0.5], // 4
  ["alleging", 0.444], // 4
  ["also known as", 0.5], // 4
  ["also suggested", 0.667], // 4
  ["also told", 0.8], // 4
  ["are hoping", 1], // 4
  ["asserting", 0.8], // 4
  ["believed", 0.138], // 4
  ["blames", 1], // 4
  ["chanting", 0.8], // 4
  ["claim", 0.16], // 4
  ["contends", 1], // 4
  ["continued :", 1], // 4
  ["covered", 0.267], // 4
  ["decide", 0.148], // 4
  ["deemed", 0.211], // 4
  ["defending", 0.2], // 4
  ["dismisses", 1], // 4
  ["endorsement of", 0.143], // 4
  ["estimates", 0.8], // 4
  ["expressed concern", 0.571], // 4
  ["favored", 0.148], // 4
  ["fear", 0.667], // 4
  ["fears", 0.364], // 4
  ["focuses on", 0.571], // 4
  ["has denied", 1], // 4
  ["has offered", 0.8], // 4
  ["has promised", 0.8], // 4
  ["has threatened", 1], // 4
  ["have suggested", 0.667], // 4
  ["indicates", 0.8], // 4
  ["is planning", 0.571], // 4
  ["is promising", 1], // 4
  ["made clear", 0.267], // 4
  ["mentioning", 0.667], // 4
  ["offers", 0.182], // 4
  ["plans", 0.2], // 4
  ["pleaded guilty", 0.8], // 4
  ["pledging", 0.667], // 4
  ["points to", 0.444], // 4
  ["portrayed", 0.333], // 4
  ["predict", 0.444], // 4
  ["proposing", 0.364], // 4
  ["railed against", 0.444], // 4
  ["rattled", 0.333], // 4
  ["recognized", 0.308], // 4
  ["recognizing", 0.8], // 4
  ["refers to", 0.8], // 4
  ["refusing", 0.308], // 4
  ["remarked", 0.571], // 4
  ["remember", 0.174], // 4
  ["remembered", 0.444], // 4
  ["restricting", 0.571], // 4
  ["shared", 0.108], // 4
  ["sided with", 0.8], // 4
  ["slammed", 0.364], // 4
  ["talk about", 0.16], // 4
  ["tell", 0.108], // 4
  ["the question of", 0.4], // 4
  ["to address", 0.133], // 4
  ["to declare", 0.8], // 4
  ["to tell", 0.2], // 4
  ["tweeted :", 0.8], // 4
  ["tweeting", 0.333], // 4
  ["voted against", 0.571], // 4
  ["voted for", 0.16], // 4
  ["went after", 0.5], // 4
  ["will discuss", 1], // 4
  ["wondered", 0.667], // 4
  ["write", 0.308], // 4
  ["wrote :", 0.8], // 4
  ["’s according to", 1], // 3
  ["'s said", 1], // 3
  ["acknowledges", 1], // 3
  ["admitting", 0.273], // 3
  ["advising", 0.333], // 3
  ["agreed to", 0.111], // 3
  ["agreed with", 0.333], // 3
  ["agrees", 0.3], // 3
  ["aimed at", 0.13], // 3
  ["allegations of", 0.75], // 3
  ["also addressed", 0.6], // 3
  ["also asked", 0.75], // 3
  ["also attacked", 1], // 3
  ["am glad", 1], // 3
  ["announce", 0.231], // 3
  ["announces", 1], // 3
  ["answered", 0.333], // 3
  ["apologized for", 1], // 3
  ["applauded", 0.333], // 3
  ["appointed", 0.176], // 3
  ["are questioning", 1], // 3
  ["assailed", 0.6], // 3
  ["believe in", 0.429], // 3
  ["bemoaned", 0.5], // 3
  ["blame", 0.188], // 3
  ["blasting", 0.5], // 3
  ["boasted", 0.273], // 3
  ["boasted of", 0.75], // 3
  ["calling on", 0.273], // 3
  ["cautioned", 0.429], // 3
  ["celebrated", 0.25], // 3
  ["challenging", 0.1], // 3
  ["chanted", 0.6], // 3
  ["commenting on", 1], // 3
  ["concerns about", 0.143], // 3
  ["concludes", 0.6], // 3
  ["credited", 0.75], // 3
  ["criticism of", 0.13], // 3
  ["debate on", 0.12], // 3
  ["declares", 0.6], // 3
  ["demanding", 0.273], // 3
  ["denies", 0.75], // 3
  ["designed", 0.158], // 3
  ["did not immediately respond to", 0.75], // 3
  ["did not say", 1], // 3
  ["displayed", 0.429], // 3
  ["distanced himself from", 0.6], // 3
  ["does n't want", 1], // 3
  ["emphasizing", 0.429], // 3
  ["expects", 0.3], // 3
  ["exposed", 0.214], // 3
  ["expressed confidence", 1], // 3
  ["guess", 0.333], // 3
  ["has blasted", 0.75], // 3
  ["has called for", 0.75], // 3
  ["has cast", 1], // 3
  ["has denounced", 0.75], // 3
  ["has indicated", 1], // 3
  ["has made no secret of", 1], // 3
  ["has not endorsed", 0.5], // 3
  ["has praised", 1], // 3
  ["has railed against", 1], // 3
  ["has repeatedly said", 1], // 3
  ["has reported", 1], // 3
  ["has said repeatedly", 1], // 3
  ["has seemed", 1], // 3
  ["has shown", 0.231], // 3
  ["has since said", 1], // 3
  ["has touted", 0.75], // 3
  ["have accused", 0.75], // 3
  ["have seen", 0.429], // 3
  ["have supported", 1], // 3
  ["have vowed", 1], // 3
  ["highlighting", 0.2], // 3
  ["hired", 0.15], // 3
  ["ignored", 0.12], // 3
  ["initially said", 1], // 3
  ["invoked", 0.429], // 3
  ["is counting on", 0.6], // 3
  ["is eager", 1], // 3
  ["is known for", 0.75], // 3
  ["is seen as", 0.333], // 3
  ["is supporting", 0.6], // 3
  ["just announced", 1], // 3
  ["knocked", 0.375], // 3
  ["laid out", 0.375], // 3
  ["lashed out at", 0.6], // 3
  ["never mentioned", 0.75], // 3
  ["observed", 0.75], // 3
  ["point out", 0.273], // 3
  ["portraying", 0.6], // 3
  ["prefers", 1], // 3
  ["projected", 0.3], // 3
  ["proposes", 0.75], // 3
  ["puts it", 1], // 3
  ["quoting", 0.75], // 3
  ["realized", 0.5], // 3
  ["recognize", 0.167], // 3
  ["recounted", 0.75], // 3
  ["refuse", 0.3], // 3
  ["released a statement saying", 1], // 3
  ["remarking", 0.5], // 3
  ["remembers", 0.75], // 3
  ["reminding", 0.333], // 3
  ["replied :", 1], // 3
  ["reports", 0.231], // 3
  ["requests for", 0.3], // 3
  ["responds", 0.333], // 3
  ["retweeted", 0.429], // 3
  ["said monday", 0.273], // 3
  ["said recently", 0.75], // 3
  ["said wednesday", 0.333], // 3
  ["shot back", 0.5], // 3
  ["shrugged off", 1], // 3
  ["sounded", 0.333], // 3
  ["states", 0.111], // 3
  ["testified", 0.375], // 3
  ["threatened", 0.2], // 3
  ["to call for", 0.6], // 3
  ["to focus on", 0.167], // 3
  ["to question", 0.3], // 3
  ["touts", 1], // 3
  ["understands", 0.231], // 3
  ["viewed", 0.115], // 3
  ["views of", 0.429], // 3
  ["warn", 0.5], // 3
  ["warned of", 0.75], // 3
  ["was announced", 0.5], // 3
  ["was charged with", 0.6], // 3
  ["was first reported by", 0.5], // 3
  ["was known as", 0.75], // 3
  ["was referring to", 0.75], // 3
  ["was said", 1], // 3
  ["watched", 0.176], // 3
  ["will seek", 0.6], // 3
  ["will support", 0.6], // 3
  ["wrote about", 1], // 3
  ["wrote on facebook", 0.75], // 3
  ["wrote on twitter", 1], // 3
  ["wrote recently", 1], // 3
  ["yelled", 0.6], // 3
  ["'s attacks on", 0.667], // 2
  ["'s suggesting", 1], // 2
  ["a reference to", 0.25], // 2
  ["accepted", 0.125], // 2
  ["accounts of", 0.182], // 2
  ["accused of", 0.154], // 2
  ["actively promoting", 1], // 2
  ["addressed", 0.105], // 2
  ["admit", 0.182], // 2
  ["advised", 0.143], // 2
  ["aims", 0.4], // 2
  ["allegations", 0.667], // 2
  ["alleges", 0.5], // 2
  ["alluding to", 0.5], // 2
  ["also acknowledged", 1], // 2
  ["also announced", 0.667], // 2
  ["also argued", 0.5], // 2
  ["also bemoaned", 1], // 2
  ["also called for", 0.667], // 2
  ["also cited", 0.667], // 2
  ["also declined", 0.667], // 2
  ["also finds", 1], // 2
  ["also laid out", 1], // 2
  ["also plans", 0.5], // 2
  ["also pledged", 1], // 2
  ["also pointed out", 1], // 2
  ["also points out", 1], // 2
  ["also praised", 1], // 2
  ["also pushed for", 1], // 2
  ["also questioned", 0.667], // 2
  ["also say", 1], // 2
  ["also see", 1], // 2
  ["also showed", 1], // 2
  ["also spoke about", 1], // 2
  ["also stated", 1], // 2
  ["also wrote", 1], // 2
  ["always hoped", 1], // 2
  ["an understanding", 0.667], // 2
  ["angered", 0.222], // 2
  ["angered by", 0.667], // 2
  ["angry at", 0.5], // 2
  ["anticipated", 0.333], // 2
  ["applaud", 0.667], // 2
  ["applauding", 0.667], // 2
  ["are against", 0.667], // 2
  ["are considered", 0.5], // 2
  ["are considering", 1], // 2
  ["are hailing", 1], // 2
  ["are mentioned", 1], // 2
  ["are quick to point out", 1], // 2
  ["are saying", 0.5], // 2
  ["are seen", 0.5], // 2
  ["are wary of", 1], // 2
  ["as expected", 1], // 2
  ["as follows :", 0.667], // 2
  ["asking for", 0.667], // 2
  ["avoided direct criticism of", 1], // 2
  ["balked at", 0.4], // 2
  ["barked", 1], // 2
  ["blocked", 0.182], // 2
  ["boasts about", 1], // 2
  ["brags", 1], // 2
  ["brushed off", 0.667], // 2
  ["calculates", 1], // 2
  ["calls on", 0.667], // 2
  ["came out against", 1], // 2
  ["can ask", 1], // 2
  ["cast a vote for", 1], // 2
  ["cautioned against", 0.5], // 2
  ["chants of", 0.333], // 2
  ["cheered", 0.182], // 2
  ["chided", 0.667], // 2
  ["cite", 0.5], // 2
  ["comparing", 0.182], // 2
  ["conclude", 0.5], // 2
  ["considering", 0.1], // 2
  ["contemplate", 0.5], // 2
  ["continued to question", 1], // 2
  ["continues :", 1], // 2
  ["contradicted", 0.667], // 2
  ["contrasting", 0.333], // 2
  ["convince", 0.125], // 2
  ["cracked", 0.5], // 2
  ["criticism", 1], // 2
  ["deciding", 0.286], // 2
  ["declined to comment on", 0.5], // 2
  ["decrying", 0.667], // 2
  ["defends", 0.667], // 2
  ["delivering", 0.182], // 2
  ["demanded", 0.167], // 2
  ["demands", 1], // 2
  ["demonstrates", 1], // 2
  ["derisively known as", 1], // 2
  ["detailing", 0.222], // 2
  ["devoted", 0.118], // 2
  ["did not discuss", 1], // 2
  ["did not return", 0.5], // 2
  ["did not see", 1], // 2
  ["did not suggest", 1], // 2
  ["did not want", 0.222], // 2
  ["did support", 1], // 2
  ["disclosed", 0.154], // 2
  ["displaying", 0.667], // 2
  ["do n’t expect", 1], // 2
  ["do n’t know", 0.4], // 2
  ["do n’t think", 1], // 2
  ["do n’t want", 0.4], // 2
  ["do not want", 1], // 2
  ["does n’t mention", 1], // 2
  ["does not mention", 1], // 2
  ["does not offer", 1], // 2
  ["doubts about", 0.143], // 2
  ["downplayed", 0.667], // 2
  ["drove", 0.143], // 2
  ["dubbed", 0.333], // 2
  ["echoing", 0.2], // 2
  ["embraced", 0.1], // 2
  ["embraces", 0.667], // 2
  ["embracing", 0.133], // 2
  ["endorsing", 0.111], // 2
  ["enjoys", 0.2], // 2
  ["envisioned", 0.667], // 2
  ["established", 0.2], // 2
  ["even insist", 1], // 2
  ["favors", 0.118], // 2
  ["feared", 0.4], // 2
  ["fearing", 1], // 2
  ["focusing on", 0.286], // 2
  ["foresee", 0.667], // 2
  ["had backed", 0.667], // 2
  ["had endorsed", 0.667], // 2
  ["had expected", 1], // 2
  ["had opposed", 0.5], // 2
  ["had planned", 0.667], // 2
  ["had previously endorsed", 1], // 2
  ["had urged", 1], // 2
  ["hailed", 0.5], // 2
  ["has accused", 0.333], // 2
  ["has asked", 0.667], // 2
  ["has attacked", 0.667], // 2
  ["has been called", 0.667], // 2
  ["has been critical of", 0.667], // 2
  ["has been criticized", 0.667], // 2
  ["has cited", 1], // 2
  ["has declared", 0.667], // 2
  ["has deemed", 1], // 2
  ["has demonstrated", 1], // 2
  ["has described", 1], // 2
  ["has encouraged", 0.5], // 2
  ["has expressed", 0.667], // 2
  ["has found", 0.25], // 2
  ["has n't endorsed", 1], // 2
  ["has ordered", 1], // 2
  ["has refused", 0.667], // 2
  ["has rejected", 1], // 2
  ["has repeatedly asked", 0.667], // 2
  ["has repeatedly called for", 1], // 2
  ["has repeatedly pledged", 0.118], // 2
  ["has sought to distinguish", 1], // 2
  ["has spoken about", 1], // 2
  ["has told", 0.667], // 2
  ["hate", 0.111], // 2
  ["have also said", 1], // 2
  ["have been outraged", 1], // 2
  ["have called for", 0.667], // 2
  ["have concluded", 1], // 2
  ["have described", 1], // 2
  ["have insisted", 0.5], // 2
  ["have pointed out", 1], // 2
  ["have promised", 1], // 2
  ["have questioned", 1], // 2
  ["have shown", 0.4], // 2
  ["have since balked at", 1], // 2
  ["have slammed", 1], // 2
  ["have sought", 0.5], // 2
  ["have speculated", 1], // 2
  ["have told", 0.5], // 2
  ["have urged", 0.667], // 2
  ["have voted for", 1], // 2
  ["heralded", 1], // 2
  ["hints at", 0.667], // 2
  ["identify", 0.1], // 2
  ["illustrates", 0.667], // 2
  ["imagined", 0.4], // 2
  ["implied", 0.4], // 2
  ["implying", 0.286], // 2
  ["imposed", 0.333], // 2
  ["in the hope of", 1], // 2
  ["in the hopes", 0.667], // 2
  ["intend", 0.667], // 2
  ["interjected :", 1], // 2
  ["interpret", 0.667], // 2
  ["introduces", 1], // 2
  ["introducing", 0.25], // 2
  ["is accused of", 0.667], // 2
  ["is backing", 1], // 2
  ["is called", 0.4], // 2
  ["is calling for", 1], // 2
  ["is calling on", 1], // 2
  ["is challenging", 0.25], // 2
  ["is considered", 1], // 2
  ["is considering", 0.4], // 2
  ["is convinced", 1], // 2
  ["is criticizing", 1], // 2
  ["is declaring", 1], // 2
  ["is hoping", 0.5], // 2
  ["is looking for", 1], // 2
  ["is most proud of", 1], // 2
  ["is not known as", 1], // 2
  ["is offering", 1], // 2
  ["is pledging", 1], // 2
  ["is revealing", 1], // 2
  ["is saying", 0.667], // 2
  ["is seen", 0.182], // 2
  ["is touting", 1], // 2
  ["it is not clear", 0.286], // 2
  ["it is unclear whether", 0.4], // 2
  ["just gave", 0.667], // 2
  ["just revealed", 1], // 2
  ["labeled", 0.286], // 2
  ["laments", 0.667], // 2
  ["laying bare", 1], // 2
  ["lays out", 1], // 2
  ["likened", 0.286], // 2
  ["looks like", 0.25], // 2
  ["loves", 0.667], // 2
  ["may seem", 0.4], // 2
  ["mentions", 0.4], // 2
  ["message of", 0.167], // 2
  ["might seem", 1], // 2
  ["naming", 0.182], // 2
  ["negotiated", 0.4], // 2
  ["nervous about", 0.4], // 2
  ["never cited", 1], // 2
  ["new questions about", 0.667], // 2
  ["nominate", 0.143], // 2
  ["noticed", 0.2], // 2
  ["now deemed", 0.667], // 2
  ["often says", 0.667], // 2
  ["outlined", 0.25], // 2
  ["overturned", 0.4], // 2
  ["persuaded", 0.222], // 2
  ["persuading", 0.5], // 2
  ["played down", 1], // 2
  ["posted :", 0.667], // 2
  ["predicting", 0.222], // 2
  ["predicts", 1], // 2
  ["pressed", 0.105], // 2
  ["proclaimed", 0.5], // 2
  ["prohibits", 0.667], // 2
  ["promote , debate and inflate", 1], // 2
  ["promoting", 0.154], // 2
  ["pronounced", 1], // 2
  ["protested", 0.5], // 2
  ["push for", 0.167], // 2
  ["pushes", 0.4], // 2
  ["put it :", 0.667], // 2
  ["quickly accused", 1], // 2
  ["quipped", 1], // 2
  ["rails against", 0.667], // 2
  ["reads :", 0.667], // 2
  ["reaffirmed", 1], // 2
  ["recently wrote", 0.667], // 2
  ["recognizes", 0.4], // 2
  ["recorded", 0.25], // 2
  ["refer to", 0.667], // 2
  ["referencing", 0.4], // 2
  ["reflects", 0.125], // 2
  ["refused to say", 0.667], // 2
  ["regularly promotes", 1], // 2
  ["remain confident", 1], // 2
  ["remarked upon", 1], // 2
  ["resonated with", 1], // 2
  ["responded :", 0.667], // 2
  ["responded with", 0.333], // 2
  ["responding to", 0.167], // 2
  ["rumors", 0.5], // 2
  ["said about", 0.182], // 2
  ["said at the time", 0.286], // 2
  ["said during the interview", 1], // 2
  ["said in a recent interview", 0.4], // 2
  ["said in a statement :", 1], // 2
  ["said in an email", 0.667], // 2
  ["said in the statement", 0.5], // 2
  ["said saturday", 0.5], // 2
  ["said this week", 0.4], // 2
  ["said with a grin", 1], // 2
  ["savaging", 1], // 2
  ["say :", 0.286], // 2
  ["saying :", 0.25], // 2
  ["saying only", 1], // 2
  ["says of", 1], // 2
  ["seem to show", 1], // 2
  ["seems like", 0.4], // 2
  ["self-described", 0.118], // 2
  ["share", 0.133], // 2
  ["sounds", 0.25], // 2
  ["speaking of", 1], // 2
  ["speaks to", 0.5], // 2
  ["speculated", 0.4], // 2
  ["speculation", 1], // 2
  ["spoke favorably of", 1], // 2
  ["spotted", 0.333], // 2
  ["stern opposition", 1], // 2
  ["struck down", 0.5], // 2
  ["sued", 0.182], // 2
  ["surprised", 0.154], // 2
  ["suspected", 0.25], // 2
  ["taking aim at", 0.667], // 2
  ["talked up", 1], // 2
  ["thanking", 0.5], // 2
  ["the endorsement of", 0.182], // 2
  ["the interest of", 0.667], // 2
  ["threaten", 0.286], // 2
  ["ticked off", 0.667], // 2
  ["to acknowledge", 0.182], // 2
  ["to announce", 0.286], // 2
  ["to call into question", 1], // 2
  ["to campaign for", 0.667], // 2
  ["to criticize", 0.222], // 2
  ["to determine", 0.133], // 2
  ["to explain", 0.125], // 2
  ["to highlight", 0.333], // 2
  ["to oppose", 0.25], // 2
  ["to portray", 0.25], // 2
  ["to vote against", 0.5], // 2
  ["to wonder", 0.4], // 2
  ["to worry about", 0.667], // 2
  ["took issue with", 1], // 2
  ["took some shots at", 1], // 2
  ["touched on", 0.5], // 2
  ["touting", 0.333], // 2
  ["underscores", 0.286], // 2
  ["understood", 0.182], // 2
  ["voiced", 0.182], // 2
  ["warned :", 1], // 2
  ["warns", 1], // 2
  ["was booed", 0.667], // 2
  ["was clear about", 1], // 2
  ["was confirmed", 0.667], // 2
  ["was critical of", 1], // 2
  ["was criticized", 1], // 2
  ["was declared", 0.5], // 2
  ["was eager", 1], // 2
  ["was expected", 0.667], // 2
  ["was first reported", 0.286], // 2
  ["was known for", 1], // 2
  ["was named", 0.667], // 2
  ["was not disclosed", 1], // 2
  ["was recommended", 1], // 2
  ["was released", 0.333], // 2
  ["was revealed", 0.5], // 2
  ["was seen", 0.286], // 2
  ["was shocked", 0.5], // 2
  ["was signed", 0.333], // 2
  ["was supported", 0.667], // 2
  ["was ultimately approved last year", 1], // 2
  ["went on to explain", 1], // 2
  ["were deemed", 1], // 2
  ["will focus on", 0.667], // 2
  ["withdrew", 0.667], // 2
  ["worried about", 0.2], // 2
  ["worry", 0.125], // 2
  ["worry about", 0.25], // 2
  ["would not say", 1], // 2
  ["would say", 0.5], // 2
  ["writing", 0.111], // 2
  ["wrote a letter", 0.667], // 2
]
