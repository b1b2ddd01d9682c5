// The commonest function words of Latin-script languages, written for this identifier. Five or more
// words of running text almost always include several of them, and names or product names never do,
// which is what makes "a German sentence naming an English product" safe.
const lists: Record<string, string> = {
  en: 'the and of to is that for it with as was on be by this are from at or an which have not has but you your will can we they their been were there would should these when what if more also into than then only its our may must does how all who about after before other such some a in',
  de: 'der die das und ist nicht ein eine einen einem einer zu den dem des mit sich auf für von im auch es sie wird werden sind wir ich dass oder aber wie bei nach noch nur kann können zum zur durch wenn über hat haben diese dieser dieses wurde vom unter sein ihre ihr man sehr kein keine schon immer jetzt hier in an so also was will',
  fr: 'le la les des une est et dans pour que qui sur pas par avec ce cette ces sont il elle ils nous vous du au aux ne plus se son sa ses leur mais ou été être avoir fait comme tout très peut aussi même où lui était sans entre donc dont chez quand de en un a l d qu à après',
  es: 'el los las del y una por con para su sus al lo como más pero este esta está son fue ser muy también sin sobre entre cuando ya hay puede porque desde todo donde nos pueden hace tiene estos esto eso según cada otro otra ni de la que en se un no le les',
  it: 'il lo gli della delle degli dei di che è e per con non una sono nel nella alla al si da anche come più ma questo questa ha hanno essere stato può tutti molto quando se dove perché sul sulla ci loro suo sua ogni già cui la le in a i l dell all nell',
  pt: 'o os as do da dos das em um uma não que é com para por no na nos nas se mais como mas ao ele ela seu sua são foi ser está também muito quando pelo pela isso este esta pode já há você ou até sobre entre cada onde a e de',
  nl: 'de het een van en is dat op te zijn voor met niet die aan er maar om ook als bij of nog wordt worden kan naar door uit dan deze dit heeft hebben werd zo je u uw wij ze zich hun geen meer tot wel over in',
  sv: 'och att det som en är av för på med den till inte har de ett om jag men var så kan från sig eller vi ni man när detta alla också ska skulle efter vid mot under hur där sin sina blir blev denna',
  da: 'og at det er en af til den på med for ikke de som har et jeg men var så kan fra sig eller vi når også skal efter ved hvor denne dette være blev bliver deres hvis hun han kun meget nu der',
  no: 'og det er en av til på med for ikke de som har et jeg men var så kan fra seg eller vi når også skal etter ved hvor denne dette være ble blir deres hvis hun han bare mye nå der',
  fi: 'ja on ei se että oli ovat kuin mutta tai jos hän me te he myös sekä tämä tämän joka jotka kun niin vain voi ole olla mitä sen siitä sitä hyvin jo nyt kanssa ennen jälkeen',
  pl: 'i w z na się nie do to że jest o od po jak co ale dla przez są jego tak by był była było tym ten ta te także już może tylko oraz lub czy przy jej ich który która które można bardzo będzie',
  cs: 'a se na je v že to s z do o jako ale pro by jsou jsem byl byla bylo není také jeho jej které který která podle při nebo už jen tak když může bude být od po ve ze této tento tato toto',
  tr: 've bir bu da de için ile çok ne daha gibi olarak olan var yok ama şey kadar sonra değil mi mı her ben sen biz siz onlar bunu şu veya göre nasıl neden olduğu ise ki tüm',
  is: 'og að í á er sem ekki það við um til með af en var hann hún þeir þetta þessi eru hafa hefur frá eða ég þú mjög sinni verður getur einnig þegar svo vera þar líka',
  hu: 'a az és hogy nem is egy van meg de ha már csak mint el ki be volt lesz még vagy sem kell ez azt ezt minden nagyon után között pedig mert amely amelyek lehet szerint így akkor most',
  id: 'yang dan di ke dari ini itu untuk dengan tidak dalam akan pada adalah juga ada oleh saya kami kita mereka atau bisa dapat sudah telah karena sebagai lebih tersebut bahwa jika harus setelah hanya seperti anda belum masih sangat',
  ro: 'și în la cu pe nu este sunt un o care că din pentru mai să se ce ca dar fost au sau această acest fi poate foarte după când dacă lor lui el ea noi voi prin despre de',
  ca: 'el la els les i que en un una és per amb no del al als es com més però aquest aquesta són ha han va ser molt també sense sobre entre quan ja hi pot perquè des tot on fins seu seva de l d',
};

export const stopwords: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(lists).map(([language, words]) => [language, new Set(words.split(' '))]),
);

// Languages close enough that a short sentence of one reads as the other: never flagged as wrong.
const clusters = [['es', 'pt', 'ca', 'gl', 'it'], ['da', 'no', 'nb', 'nn', 'sv'], ['cs', 'sk'], ['id', 'ms'], ['nl', 'af', 'fy'], ['hr', 'bs', 'sr', 'sl']];

export function closelyRelated(a: string, b: string): boolean {
  if (a === b) return true;
  const normalised = (x: string) => (x === 'nb' || x === 'nn' ? 'no' : x);
  return clusters.some((cluster) => cluster.includes(normalised(a)) && cluster.includes(normalised(b)));
}

export const languageNames: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish', pl: 'Polish', cs: 'Czech', tr: 'Turkish',
  is: 'Icelandic', hu: 'Hungarian', id: 'Indonesian', ro: 'Romanian', ca: 'Catalan',
};
