// Hand-made parallel texts for the alignment tests (English / German / French / Russian / Chinese).
export const EN = [
  'The bridge was built in 1887 by the engineer Gustave Eiffel.',
  'It is 312 metres long and crosses the river Douro.',
  'Trains used it until 1991, when a new bridge opened nearby, and since then it has been closed to all traffic, although tourists still visit it every day.',
  'The city of Porto lies on the north bank.',
  'Its old town has been a UNESCO World Heritage Site since 1996.',
  'In 2001 Porto was the European Capital of Culture, together with Rotterdam, and hosted more than 500 events during that year.',
  'Port wine is stored in cellars in Vila Nova de Gaia.',
  'The Ribeira district has 40 restaurants?',
];
export const DE = [
  'Die Brücke wurde 1887 vom Ingenieur Gustave Eiffel gebaut.',
  'Sie ist 312 Meter lang und überquert den Fluss Douro.',
  'Züge fuhren bis 1991 darüber, als in der Nähe eine neue Brücke eröffnet wurde.',
  'Seitdem ist sie für jeden Verkehr gesperrt, doch Touristen besuchen sie noch jeden Tag.',
  'Porto liegt am Nordufer, und seine Altstadt ist seit 1996 UNESCO-Welterbe.',
  'Portwein lagert in Kellern in Vila Nova de Gaia.',
  'Das Viertel Ribeira hat 40 Restaurants?',
];
export const RU = [
  'Мост был построен в 1887 году инженером Гюставом Эйфелем.',
  'Его длина 312 метров, и он пересекает реку Дору.',
  'Поезда ходили по нему до 1991 года, когда рядом открыли новый мост, и с тех пор он закрыт для движения, хотя туристы посещают его каждый день.',
  'Город Порту лежит на северном берегу.',
  'Его старый город с 1996 года входит в список всемирного наследия ЮНЕСКО.',
  'В 2001 году Порту был культурной столицей Европы вместе с Роттердамом и провёл более 500 мероприятий.',
  'Портвейн хранится в погребах в Вила-Нова-ди-Гая.',
  'В районе Рибейра 40 ресторанов?',
];
export const ZH = [
  '这座桥由工程师古斯塔夫·埃菲尔于1887年建造。',
  '它长312米，横跨杜罗河。',
  '火车一直使用它到1991年，那时附近开通了一座新桥，从那以后它禁止一切交通，不过游客每天仍来参观。',
  '波尔图城位于北岸。',
  '自1996年起，它的老城是联合国教科文组织世界遗产。',
  '2001年，波尔图与鹿特丹一起成为欧洲文化之都，那一年举办了500多场活动。',
  '波特酒储存在加亚新城的酒窖里。',
  '里贝拉区有40家餐馆？',
];
