// franc-min answers in ISO 639-3; documents carry BCP 47 tags, which use the 2-letter ISO 639-1
// code where one exists. Only the languages franc-min can return are listed.
const francToBcp47: Readonly<Record<string, string>> = {
  // Latin script
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it',
  tur: 'tr', pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'fuv', bos: 'bs', hrv: 'hr',
  nld: 'nl', srp: 'sr', ckb: 'ckb', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', ceb: 'ceb', tgl: 'fil',
  hun: 'hu', azj: 'az', ces: 'cs', run: 'rn', plt: 'mg', qug: 'qug', mad: 'mad', nya: 'ny', zyb: 'za',
  kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', hms: 'hms', hnj: 'hnj', ilo: 'ilo', isl: 'is',
  // Cyrillic
  rus: 'ru', ukr: 'uk', koi: 'koi', bel: 'be', bul: 'bg', kaz: 'kk',
  // Arabic script
  arb: 'ar', urd: 'ur', pes: 'fa', skr: 'skr', pbu: 'ps',
  // Devanagari
  hin: 'hi', mar: 'mr', mai: 'mai', bho: 'bho', npi: 'ne', mag: 'mag',
  // Scripts with one language each
  cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml',
  mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
  // Not in franc-min's trigram data today, kept so a fuller franc answers sensibly.
  heb: 'he', ara: 'ar', fas: 'fa', zho: 'zh', fin: 'fi', dan: 'da', nob: 'nb', nno: 'nn', est: 'et',
  lav: 'lv', lit: 'lt', slk: 'sk', slv: 'sl', cat: 'ca', eus: 'eu', glg: 'gl',
};

/** BCP 47 tag for an ISO 639-3 code from franc, or null for `und` and codes we do not know. */
export function bcp47FromIso6393(code: string): string | null {
  return Object.prototype.hasOwnProperty.call(francToBcp47, code) ? (francToBcp47[code] ?? null) : null;
}
