import { expect } from '@open-wc/testing';
import { kazakhToLatin } from './kazakh-latin.js';

describe('Kazakh in the 2021 Latin alphabet', () => {
  // Every letter of the 42-letter Kazakh Cyrillic alphabet, in words, lower case and capitals.
  const words: Array<[string, string]> = [
    ['Бірлік бар жерде тірлік бар', 'Bırlık bar jerde tırlık bar'],
    ['Қазақстан', 'Qazaqstan'],
    ['әке', 'äke'],
    ['ағаш', 'ağaş'],
    ['өнер', 'öner'],
    ['үй', 'üi'],
    ['ұл', 'ūl'],
    ['мың', 'myñ'],
    ['шаһар', 'şahar'],
    ['кино', 'kino'],
    ['Бейжің', 'Beijıñ'],
    ['ыдыс', 'ydys'],
    ['дәуір', 'däuır'],
    ['вагон', 'vagon'],
    ['фабрика', 'fabrika'],
    ['хат', 'hat'],
    ['цирк', 'tsirk'],
    ['чемпион', 'tşempion'],
    ['ЦЕХ, Чек', 'TSEH, Tşek'],
    ['щетка', 'şşetka'],
    ['съезд', 'sezd'],
    ['кофе', 'kofe'],
    ['пьеса', 'pesa'],
    ['экран', 'ekran'],
    ['юрта', 'iurta'],
    ['ядро', 'iadro'],
    ['ёлка', 'iolka'],
    ['зерно', 'zerno'],
    ['АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ', 'AÄBVGĞDEİOJZİİKQLMNÑOÖPRSTUŪÜFHHTSTŞŞŞŞYIEİUİA'],
    ['аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя', 'aäbvgğdeiojziikqlmnñoöprstuūüfhhtstşşşşyıeiuia'],
    ['Юрта, Ямал, Ёлка, Шаһар, Іле, Ишим', 'İurta, İamal, İolka, Şahar, Ile, İşim'],
  ];
  for (const [cyrillic, latin] of words) {
    it(`writes ${cyrillic} as ${latin}`, () => expect(kazakhToLatin(cyrillic)).to.equal(latin));
  }

  it('uses only the 31 letters of the alphabet for Kazakh letters', () => {
    const all = kazakhToLatin('аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'.repeat(2));
    const alphabet = new Set('aäbdefgğhıijklmnñoöpqrsştuūüvyz'.split(''));
    for (const char of all) expect(alphabet.has(char), char).to.equal(true);
  });

  it('leaves text that is not Kazakh Cyrillic alone', () => {
    expect(kazakhToLatin('2025 — Beijing, 北京!')).to.equal('2025 — Beijing, 北京!');
  });
});
