// Abbreviations after which a period does not end a sentence, per language (primary subtag).
// ICU's sentence rules in Node know none of these, so "z. B." or "Mr." would otherwise split.

interface AbbreviationSet {
  /** Never end a sentence. Multi-part forms ("z. B.") are written with their inner spaces. */
  inner: string[];
  /** May end a sentence ("etc."): join only when the next sentence starts in lower case. */
  final: string[];
}

const BY_LANGUAGE: Record<string, AbbreviationSet> = {
  en: { inner: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'vs.', 'e.g.', 'i.e.', 'cf.', 'approx.', 'No.', 'Fig.', 'Vol.', 'p.', 'pp.', 'ch.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Mt.', 'Gen.', 'Col.', 'Capt.', 'Rev.', 'Hon.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'], final: ['etc.', 'a.m.', 'p.m.'] },
  es: { inner: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'D.', 'Dña.', 'Ud.', 'Uds.', 'p. ej.', 'pág.', 'núm.', 'aprox.', 'Av.', 'Avda.', 'Lic.', 'Ing.', 'cap.', 'vol.'], final: ['etc.', 'EE. UU.'] },
  de: { inner: ['z. B.', 'z.B.', 'd. h.', 'd.h.', 'u. a.', 'u.a.', 'Nr.', 'ca.', 'Dr.', 'Prof.', 'Hr.', 'Fr.', 'Str.', 'vgl.', 'bzw.', 'ggf.', 'evtl.', 'inkl.', 'exkl.', 'max.', 'min.', 'S.', 'Abb.', 'Bd.', 'Jh.', 'St.', 'sog.', 'o. ä.', 'm. E.', 'v. a.', 'Mio.', 'Mrd.', 'rd.'], final: ['usw.', 'etc.', 'u. Ä.', 'Std.', 'Min.'] },
  fr: { inner: ['p. ex.', 'M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Dr.', 'Pr.', 'St.', 'Ste.', 'env.', 'cf.', 'p.', 'vol.', 'chap.', 'n°', 'av.', 'apr.', 'J.-C.', 'c.-à-d.'], final: ['etc.'] },
  hu: { inner: ['Kb.', 'kb.', 'pl.', 'dr.', 'Dr.', 'ill.', 'ún.', 'stb.', 'u.', 'sz.', 'ld.', 'vö.', 'Id.', 'ifj.', 'özv.'], final: ['stb.', 'ill.'] },
  is: { inner: ['t.d.', 't. d.', 'þ.e.', 'þ. e.', 'o.fl.', 'u.þ.b.', 'm.a.', 'skv.', 'nr.', 'bls.', 'sbr.', 'þ.á.m.', 'f.Kr.', 'e.Kr.', 'kl.', 'hr.', 'frú'], final: ['o.s.frv.', 'o.fl.', 'o.þ.h.'] },
  it: { inner: ['Sig.', 'Sig.ra', 'Dott.', 'Prof.', 'ecc.', 'p. es.', 'pag.', 'n.', 'ca.'], final: ['ecc.', 'etc.'] },
  pt: { inner: ['Sr.', 'Sra.', 'Dr.', 'Dra.', 'p. ex.', 'pág.', 'n.º', 'aprox.', 'Av.'], final: ['etc.'] },
  nl: { inner: ['bijv.', 'o.a.', 'd.w.z.', 'dhr.', 'mevr.', 'nr.', 'ca.', 'blz.', 'zgn.'], final: ['enz.', 'etc.'] },
};

/** Languages that write ordinals as "3." ("am 3. Mai"), so a number + period rarely ends a sentence. */
const ORDINAL_DOT = new Set(['de', 'is', 'hu', 'da', 'no', 'nb', 'nn', 'fi', 'cs', 'sk', 'pl', 'sl', 'hr', 'sr', 'bs', 'et', 'lv', 'lt', 'tr', 'fo']);

export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? 'und').toLowerCase().split(/[-_]/)[0] ?? 'und';
}

const merged = new Map<string, AbbreviationSet>();

export function abbreviationsFor(language: string): AbbreviationSet {
  const key = primaryLanguage(language);
  const known = merged.get(key);
  if (known) return known;
  const own = BY_LANGUAGE[key];
  const english = BY_LANGUAGE.en as AbbreviationSet;
  // English abbreviations are common in every language's technical text ("e.g.", "Dr.").
  const set = own ? { inner: [...own.inner, ...english.inner.filter((a) => !own.final.includes(a))], final: [...own.final, ...english.final] } : english;
  merged.set(key, set);
  return set;
}

export function writesOrdinalDots(language: string): boolean {
  return ORDINAL_DOT.has(primaryLanguage(language));
}
