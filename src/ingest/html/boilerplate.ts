/**
 * Boilerplate blocks Readability leaves inside article bodies: comment prompts, share/subscribe lines,
 * newsletter and "read more" promos, photo captions and credits, bylines and time stamps, navigation
 * runs, teaser lists after a "More stories" heading, copyright lines. The rules are general (phrasing,
 * link density, repetition, position), never keyed on a site. `classifyLine` works on plain text too.
 * @module
 */

export interface Block {
  text: string
  /** Innermost block tag. */
  tag: string
  /** Inside <figure>, <figcaption>, <caption> or an element whose class/id names a caption or credit. */
  caption: boolean
  heading: boolean
  listItem: boolean
  /** Characters of the block's text inside links. */
  linkChars?: number
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length
const WORD = /[\p{L}\p{N}]+/gu
/** The number of words of s, counted up to limit + 1 without collecting them (a paragraph line has hundreds). */
function wordsUpTo(s: string, limit: number): number {
  WORD.lastIndex = 0
  let n = 0
  while (n <= limit && WORD.test(s)) n++
  WORD.lastIndex = 0
  return n
}
const endsLikeSentence = (s: string): boolean => /[.!?…:;"”’»)\]]$/.test(s.trim())

/** Lines that are only a UI label (exact match after trimming punctuation, case-insensitive). */
const UI_LABELS = new Set([
  'advert', 'advertisement', 'ad', 'sponsored', 'sponsored content', 'share', 'share this', 'share this article', 'share this story',
  'tweet', 'email', 'print', 'print article', 'order reprints', 'reprints', 'text size', 'read more', 'continue reading', 'comments',
  'comment', 'post comment', 'add comment', 'add a comment', 'leave a comment', 'leave a reply', 'loading', 'loading content',
  'close', 'caption', 'home', 'menu', 'search', 'highlights', 'tags', 'tag', 'trending', 'latest', 'popular', 'recommended',
  'sign in', 'log in', 'login', 'sign up', 'subscribe', 'register', 'skip to content', 'skip to main content', 'by', 'more',
  'view comments', 'show comments', 'hide caption', 'toggle caption', 'enlarge this image', 'expand', 'back to top', 'next', 'previous',
  'listen', 'watch', 'video', 'photos', 'gallery', 'related', 'see also', 'advertising', 'story continues below', 'story continues below advertisement',
  'opinion', 'analysis', 'review', 'news', 'breaking news', 'latest news', 'top stories', 'you may also like', 'you might also like',
])

const SOCIAL = new Set(['share', 'tweet', 'email', 'e', 'mail', 'pin', 'pint', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'reddit', 'print',
  'submit', 'messenger', 'telegram', 'pinterest', 'flipboard', 'copy', 'link', 'comment', 'comments', 'sms', 'baixar', 'save', 'on', 'this',
  'article', 'story', 'via', 'google', 'plus', 'tumblr', 'vk', 'ok', 'x'])

interface Rule {
  readonly reason: string
  readonly re: RegExp
  /** Only on lines of at most this many words. */
  readonly maxWords: number
}

const RULES: readonly Rule[] = [
  { reason: 'comments', re: /\b(comment(s|ing)?|discussion)\b.*\b(let us know|issues?|policy|moderat\w*|approved|guidelines|closed|leave|post|join|view|show|add|spam)\b|\b(let us know|leave|post|join|view|show|add)\b.*\bcomment(s|ing)?\b/i, maxWords: 40 },
  { reason: 'subscribe', re: /(^|[.!?:]\s+)(sign up|subscribe|register|join)\b|\b(sign up|subscribe) (for|to|now|here|today)\b|\bnewsletters?\b|\b(to|in) your inbox\b|\bunsubscribe\b/i, maxWords: 30 },
  { reason: 'promo', re: /\bclick here\b|^on [\w-]+(\.[\w-]+)+:\s|^(listen|download|itunes|stream|watch|apple podcasts|spotify)\s*:|^how to listen\b/i, maxWords: 30 },
  { reason: 'subscribe', re: /\b(news|email|e-mail)\s*(alerts?|emails?|newsletters?)\b|\bdelivered (to your inbox|weekday|daily|every)/i, maxWords: 30 },
  { reason: 'comments', re: /^tell us what you think\b/i, maxWords: 12 },
  { reason: 'byline', re: /^(the )?(associated press|reuters|afp|agence france-presse|bloomberg|upi|dpa|ap|cnn wire|staff reports?|staff writer)$/i, maxWords: 4 },
  { reason: 'byline', re: /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}((\s*,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3})*\s*[,|]\s*(the )?(associated press|ap|reuters|afp|bloomberg|[\p{L} ]{0,30}(writer|correspondent|reporter|editor))$/iu, maxWords: 16 },
  { reason: 'share', re: /\b(share (it|this|the story|the article)|share on|like this (story|article)|follow us|follow @|click to tweet)\b/i, maxWords: 25 },
  { reason: 'promo', re: /^[[(]?\s*(click here|click to|tap here|get the .{1,40} app|download (our|the) app|read (more|next|also|the full)|continue reading|see also|also on|related\b|more (from|on|in|about|stories|great|articles|news|coverage)\b|leggi anche|lea también|lesen sie auch|voir aussi|recommended|don'?t miss|watch:|listen:|you (may|might) also like)/i, maxWords: 30 },
  { reason: 'credit', re: /^\(?\s*((additional )?reporting|writing|editing|edited|compiled|translated|produced) by\b|\bcontributed (to )?(this )?(report|reporting|story)\b.{0,60}$|^(write to|reach|contact|email|follow) .{0,80}(@|twitter|\bat\b [\w.]+\.\w+)/i, maxWords: 45 },
  { reason: 'author', re: /^(view author archive|email the author|more (articles|stories|posts) (from|by)\b|about the author|author:|posted by\b|publicado por\b)/i, maxWords: 20 },
  { reason: 'caption', re: /^\(?\s*(photo|image|picture|foto|credit|photograph|illustration|video|source)s?( credit)?\s*[:©|]|\((ap |afp |epa |reuters )?(photo|image|picture|credit|foto)s?\b[^)]*\)\.?$|\b(getty images|shutterstock|istock(photo)?|ap photo|afp via getty|reuters\/[\w ]+)\)?\.?$|^image \d+ of \/? ?\d+$|\(\p{Lu}[\p{L}.-]*(\s*\/\s*[\p{L}. -]+)+\)\.?$|^©|^(image|media|picture) (copyright|caption)\b|^media playback is (unsupported|not supported)/iu, maxWords: 60 },
  { reason: 'caption', re: /^[^.!?]{5,120}\bvia \p{Lu}[\p{L}\p{N}.-]*$/u, maxWords: 16 },
  { reason: 'timestamp', re: /^(published|updated|posted|first published|last updated|last modified|publicado|pubblicato|aktualisiert|mis à jour)\b|\b(min(ute)?s?|mins) read\b|\breading time\b|tempo de leitura/i, maxWords: 16 },
  { reason: 'byline', re: /^by\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin|el)){0,8}(\s*[,|·•–—-].{0,60})?$/iu, maxWords: 14 },
]

/** The most words any line rule reads (a longer line is body text unless it is a URL or an address). */
const MAX_RULE_WORDS = Math.max(...RULES.map((r) => r.maxWords))

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|gen|ago|set|ott|dic|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'
const DATEISH = new RegExp(`^(?:\\d{1,4}|${MONTHS}|am|pm|a\\.m|p\\.m|today|yesterday|at|on|of|de|et|est|edt|pst|pdt|cst|cdt|mst|utc|gmt|bst|cet|cest|ist|hst|amt|ast|ept|pt|et|ct|mt|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|st|nd|rd|th|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|às|h|hrs|updated|published|original|ago|hours?|minutes?|days?)$`, 'i')

/** A line made of date and time words only ("Nov. 20, 2019 5:52 AM EST", "18 NOV 2019"). */
export function isDateLine(line: string): boolean {
  const toks = line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (toks.length === 0 || toks.length > 14) return false
  const dateish = toks.filter((t) => DATEISH.test(t) || /^\d+(st|nd|rd|th)$/.test(t)).length
  const dateish2 = toks.filter((t) => /^\d{1,2}(am|pm)$/.test(t)).length
  return dateish + dateish2 === toks.length && /\d/.test(line) && (new RegExp(`\\b(${MONTHS})\\b`, 'i').test(line) || /\d{1,2}:\d{2}/.test(line) || /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(line))
}

/** Line-level rules (no context). Returns the reason, or undefined for body text. */
export function classifyLine(line: string): string | undefined {
  const s = line.trim()
  if (!s) return undefined
  const n = wordsUpTo(s, MAX_RULE_WORDS)
  if (n === 0) return 'symbols'
  if (/^(https?:\/\/|www\.)\S+$/i.test(s) || /^[\w-]+(\.[\w-]+)*\.(com|org|net|co\.uk|io)\/\S*$/i.test(s)) return 'url'
  if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(s)) return 'contact'
  // every test below reads lines of at most MAX_RULE_WORDS words; a UI label, a share line (at most 10 words) and a
  // date line (at most 14) far fewer, and lower-casing never joins two words
  if (n > MAX_RULE_WORDS) return undefined
  if (n <= 10) {
    const label = s.toLowerCase().replace(/[\s:.!?…|»›>()[\]+-]+$/u, '').replace(/^[\s|»›>(+-]+/u, '').trim()
    if (UI_LABELS.has(label)) return 'ui-label'
    const toks = label.match(/[\p{L}\p{N}]+/gu) ?? []
    if (toks.length > 0 && toks.length <= 10 && toks.every((t) => SOCIAL.has(t)) && toks.some((t) => t !== 'on' && t !== 'this')) return 'share'
  }
  if (n <= 14 && isDateLine(s)) return 'timestamp'
  for (const r of RULES) if (n <= r.maxWords && r.re.test(s)) return r.reason
  return undefined
}

export interface BlockContext {
  title?: string
  author?: string
  outlet?: string
  description?: string
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** Headings that introduce teaser lists: everything after one, late in the body, is boilerplate. */
const TAIL_MARKER = /^(more (from|on|in|stories|great|articles|news|coverage|to (read|explore))\b|related( (stories|articles|coverage|content|posts|reading|news|links|topics))?$|trending( now| stories)?$|recommended( for you| stories| reading)?$|popular( now| stories| this week| articles)?$|most (read|popular|viewed|shared)\b|recent (articles|posts|stories)$|latest( news| stories| articles)?$|read next$|you (may|might) also like|don'?t miss$|top stories$|editor'?s picks$|want more stories|what to read next|around the web$|from our partners|sponsored (stories|links)$|promoted (stories|links)$|leia (também|mais)$|самые популярные)/i

const STRONG_TAIL_MARKER = /^(want more stories|more stories like this|more great [\p{L} ]{0,20}stories|related (stories|articles|coverage|content|posts)$|you (may|might) also like$|recommended (for you|stories|reading)$|more from [\p{L} ]{1,30}$|trending (now|stories)$|most (read|popular|viewed|shared)$|around the web$|from our partners$|(sponsored|promoted) (stories|links|content)$)/iu

/**
 * Reasons per block (undefined = body). Adds document context to the line rules: captions, link-only
 * blocks, blocks repeated on the page, the headline or standfirst repeated, navigation runs, short
 * fragments before the first and after the last paragraph, teaser lists after a "More stories" heading.
 */
export function classifyBlocks(blocks: readonly Block[], ctx: BlockContext = {}): Array<string | undefined> {
  const out: Array<string | undefined> = blocks.map((b) => (b.caption ? 'caption' : classifyLine(b.text)))
  const n = blocks.length
  const lens = blocks.map((b) => b.text.length)
  const total = lens.reduce((a, b) => a + b, 0)

  // Link-only short blocks: teasers, tag lists, navigation.
  blocks.forEach((b, i) => {
    if (out[i] === undefined && (b.linkChars ?? 0) >= 0.9 * b.text.length && words(b.text) <= 25) out[i] = 'link'
  })

  const title = ctx.title ? norm(ctx.title) : undefined
  const author = ctx.author && words(ctx.author) <= 6 ? norm(ctx.author) : undefined
  const outlet = ctx.outlet ? norm(ctx.outlet) : undefined
  blocks.forEach((b, i) => {
    if (out[i] !== undefined) return
    const t = norm(b.text)
    if (title && t === title) out[i] = 'title'
    else if (author && (t === author || (t.startsWith(author) && words(b.text) <= 8 && !endsLikeSentence(b.text)))) out[i] = 'byline'
    else if (outlet && t === outlet) out[i] = 'outlet'
  })

  // Runs of 3+ very short linked labels: menus and breadcrumbs.
  const tiny = (i: number) => words(blocks[i]!.text) <= 4 && !endsLikeSentence(blocks[i]!.text) && (blocks[i]!.linkChars ?? 0) >= 0.5 * blocks[i]!.text.length
  for (let i = 0; i < n; ) {
    let j = i
    while (j < n && tiny(j)) j++
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] ??= 'navigation'
    i = Math.max(j, i + 1)
  }

  // Short author bios at the end: "Phil Helsel is a reporter for NBC News."
  for (let i = Math.max(0, n - 4); i < n; i++) {
    const s = blocks[i]!.text
    if (out[i] === undefined && words(s) <= 60 && /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s+\([^)]*\))?\s+(is|was|has been|joined|covers|writes)\b.{0,120}\b(reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|author|publisher|staff|freelance|reporting|covering)\b/u.test(s)) out[i] = 'bio'
  }

  // Strong end markers ("More stories like this", "Related stories", "You may also like") after the
  // body has started: everything after them is teasers.
  let before = 0
  for (let i = 0; i < n; i++) {
    const s = blocks[i]!.text.trim().replace(/[:.!?]+$/, '')
    if (before > total * 0.3 && words(s) <= 8 && STRONG_TAIL_MARKER.test(s)) {
      for (let k = i; k < n; k++) out[k] ??= 'teasers'
      break
    }
    before += lens[i]!
  }

  // Teaser lists: after a marker heading in the second half of the body, the linked or short blocks
  // that follow are boilerplate, up to the next real paragraph of prose.
  let seen = 0
  for (let i = 0; i < n; i++) {
    const s = blocks[i]!.text.trim().replace(/[:.!?]+$/, '')
    if (seen > total * 0.5 && words(s) <= 8 && TAIL_MARKER.test(s)) {
      out[i] ??= 'teasers'
      for (let k = i + 1; k < n; k++) {
        const b = blocks[k]!
        const linked = (b.linkChars ?? 0) >= 0.5 * b.text.length
        if (!linked && words(b.text) > 20) break
        if (!linked && k + 1 < n && out[k] === undefined && /[.!?]$/.test(b.text) && words(b.text) > 8) break
        out[k] ??= 'teasers'
      }
    }
    seen += lens[i]!
  }
  return out
}
