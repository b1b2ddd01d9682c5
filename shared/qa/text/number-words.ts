// Numbers written as words ("two hours", "14 March", "our second coordinator", "a week"), so that a
// translation that writes them as digits (2時間, 3月, 2人目, 1週間), or the other way round, is not
// reported as a changed number. Cardinals 0–20 and the tens, ordinals to the tenth, month names and
// the indefinite article and distributive words ("20 seeds each" = 1袋20粒; both mean one) in the languages whose translators most often switch between the two.
import { primaryLanguage } from '../pairs.js';

export interface WordNumber {
  start: number;
  end: number;
  value: number;
}

const tens = [20, 30, 40, 50, 60, 70, 80, 90];

// Space-separated lists: index = value, for 0… (cardinals), 1… (ordinals, months), tens from 20.
interface Table {
  cardinals: string;
  tens: string;
  ordinals: string;
  months: string;
  /** Further words: `word=value`. */
  extra: string;
  /** Endings an ordinal (or an adjective-like cardinal) may take. */
  endings: string[];
}

const tables: Record<string, Table> = {
  en: {
    cardinals: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
    tens: 'twenty thirty forty fifty sixty seventy eighty ninety',
    ordinals: 'first second third fourth fifth sixth seventh eighth ninth tenth',
    months: 'january february march april may june july august september october november december',
    extra: 'a=1 an=1 once=1 twice=2 hundred=100 thousand=1000 dozen=12 half=0.5 each=1 per=1',
    endings: [],
  },
  de: {
    cardinals: 'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig',
    tens: 'zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig',
    ordinals: 'erst zweit dritt viert fünft sechst siebt acht neunt zehnt',
    months: 'januar februar märz april mai juni juli august september oktober november dezember',
    extra: 'ein=1 eine=1 einen=1 einem=1 einer=1 eines=1 einmal=1 zweimal=2 hundert=100 tausend=1000 halb=0.5 halbe=0.5 je=1 pro=1',
    endings: ['e', 'en', 'er', 'es', 'em'],
  },
  es: {
    cardinals: 'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte',
    tens: 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa',
    ordinals: 'primer segund tercer cuart quint sext séptim octav noven décim',
    months: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    extra: 'un=1 una=1 setiembre=9 cien=100 ciento=100 mil=1000 media=0.5 medio=0.5 cada=1 por=1',
    endings: ['o', 'a', 'os', 'as'],
  },
  fr: {
    cardinals: 'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt',
    tens: 'vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix',
    ordinals: 'premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième',
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    extra: 'une=1 première=1 premiers=1 premières=1 second=2 seconde=2 quatre-vingts=80 cent=100 mille=1000 demi=0.5 demie=0.5 chaque=1 par=1',
    endings: ['s'],
  },
  it: {
    cardinals: 'zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti',
    tens: 'venti trenta quaranta cinquanta sessanta settanta ottanta novanta',
    ordinals: 'prim second terz quart quint sest settim ottav non decim',
    months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    extra: 'un=1 una=1 uno=1 cento=100 mille=1000 mezzo=0.5 mezza=0.5 ogni=1 ciascuno=1',
    endings: ['o', 'a', 'i', 'e'],
  },
  pt: {
    cardinals: 'zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte',
    tens: 'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa',
    ordinals: 'primeir segund terceir quart quint sext sétim oitav non décim',
    months: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    extra: 'uma=1 duas=2 quatorze=14 dezasseis=16 dezassete=17 dezanove=19 cem=100 cento=100 mil=1000 meia=0.5 meio=0.5 cada=1 por=1',
    endings: ['o', 'a', 'os', 'as'],
  },
  nl: {
    cardinals: 'nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig',
    tens: 'twintig dertig veertig vijftig zestig zeventig tachtig negentig',
    ordinals: 'eerste tweede derde vierde vijfde zesde zevende achtste negende tiende',
    months: 'januari februari maart april mei juni juli augustus september oktober november december',
    extra: 'een=1 eén=1 honderd=100 duizend=1000 half=0.5 halve=0.5 elk=1 elke=1 per=1',
    endings: [],
  },
};

interface Lexicon {
  exact: Map<string, number>;
  /** Ordinal stems, which take one of the endings. */
  stems: Map<string, number>;
  endings: string[];
}

const lexicons = new Map<string, Lexicon>();

function lexiconFor(language: string): Lexicon | null {
  const primary = primaryLanguage(language);
  const known = lexicons.get(primary);
  if (known) return known;
  const table = tables[primary];
  if (!table) return null;
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  table.cardinals.split(' ').forEach((word, value) => exact.set(word, value));
  table.tens.split(' ').forEach((word, index) => exact.set(word, tens[index] ?? 0));
  table.months.split(' ').forEach((word, index) => exact.set(word, index + 1));
  table.ordinals.split(' ').forEach((word, index) => {
    exact.set(word, index + 1);
    stems.set(word, index + 1);
  });
  for (const entry of table.extra.split(' ')) {
    const [word, value] = entry.split('=');
    if (word && value) exact.set(word, Number(value));
  }
  const lexicon = { exact, stems, endings: table.endings };
  lexicons.set(primary, lexicon);
  return lexicon;
}

const wordPattern = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

/** Numbers spelled out in `text`, for the languages with a table; [] for the others. */
export function findWordNumbers(text: string, language: string): WordNumber[] {
  const lexicon = lexiconFor(language);
  if (!lexicon) return [];
  const found: WordNumber[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    const value = valueOf(match[0].toLowerCase(), lexicon);
    if (value !== null) found.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return found;
}

function valueOf(word: string, lexicon: Lexicon): number | null {
  const exact = lexicon.exact.get(word);
  if (exact !== undefined) return exact;
  for (const ending of lexicon.endings) {
    if (!word.endsWith(ending)) continue;
    const stem = lexicon.stems.get(word.slice(0, word.length - ending.length));
    if (stem !== undefined) return stem;
  }
  // twenty-four, vingt-quatre: a ten and a unit.
  const dash = word.indexOf('-');
  if (dash > 0) {
    const ten = lexicon.exact.get(word.slice(0, dash));
    const unit = lexicon.exact.get(word.slice(dash + 1).replace(/^et-/, ''));
    if (ten !== undefined && unit !== undefined && ten >= 20 && ten % 10 === 0 && unit >= 1 && unit <= 9) return ten + unit;
  }
  return null;
}
