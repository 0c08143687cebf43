import type { Translations } from '../core/language.js';

/** Labels of the widget's fields and of its list items' fields, by attribute name. */
export interface FieldLabels {
  fields: Record<string, string>;
  items: Record<string, string>;
}

export const fieldLabels: Translations<FieldLabels> = {
  en: {
    fields: {
      lang: 'Language of the content (en, zh-Hans, kk, ru…)', quote: 'Quotation', 'quote-lang': 'Language of the quotation',
      original: 'Original text', 'original-lang': 'Language of the original', speaker: 'Speaker', 'speaker-role': 'Speaker’s role',
      photo: 'Photo address', 'photo-alt': 'Photo description', date: 'Date (YYYY-MM-DD)', source: 'Source', 'source-url': 'Source link',
      variant: 'Style', id: 'ID (names the embed files)', label: 'Title', romanization: 'Romanization', attribution: 'Attribution',
      note: 'Meaning', layout: 'Layout', script: 'Kazakh script', show: 'Translation shown first (toggle layout)', 'group-by': 'Group by',
    },
    items: {
      value: 'Figure (a number)', label: 'What it measures', currency: 'Currency (USD, KZT, CNY…)', unit: 'Unit', notation: 'Notation',
      precision: 'Decimal places', 'as-of': 'As of (date)', change: 'Change', 'change-kind': 'Change as', 'change-period': 'Compared with',
      'good-direction': 'Good news is', source: 'Source', 'source-url': 'Source link', sparkline: 'Trend (numbers, comma-separated)',
      text: 'Text', lang: 'Language', date: 'Date (YYYY-MM-DD)', 'end-date': 'End date', title: 'Title', image: 'Image address',
      'image-alt': 'Image description', caption: 'Caption', credit: 'Credit', link: 'Link', category: 'Category', id: 'ID',
    },
  },
  'zh-Hans': {
    fields: {
      lang: '内容语言（en、zh-Hans、kk、ru 等）', quote: '引语', 'quote-lang': '引语的语言', original: '原文', 'original-lang': '原文的语言',
      speaker: '讲话人', 'speaker-role': '讲话人职务', photo: '照片网址', 'photo-alt': '照片说明', date: '日期（年-月-日）', source: '来源',
      'source-url': '来源链接', variant: '样式', id: 'ID（用于嵌入文件名）', label: '标题', romanization: '拉丁转写', attribution: '出处',
      note: '含义', layout: '版式', script: '哈萨克文字母', show: '先显示的译文（切换版式）', 'group-by': '分组方式',
    },
    items: {
      value: '数字', label: '统计内容', currency: '货币（USD、KZT、CNY 等）', unit: '单位', notation: '记数法', precision: '小数位数',
      'as-of': '截至日期', change: '变化', 'change-kind': '变化的表示方式', 'change-period': '比较对象', 'good-direction': '利好方向',
      source: '来源', 'source-url': '来源链接', sparkline: '趋势（以逗号分隔的数字）', text: '文字', lang: '语言', date: '日期（年-月-日）',
      'end-date': '结束日期', title: '标题', image: '图片网址', 'image-alt': '图片说明', caption: '图注', credit: '图片来源', link: '链接',
      category: '类别', id: 'ID',
    },
  },
  kk: {
    fields: {
      lang: 'Мазмұн тілі (en, zh-Hans, kk, ru…)', quote: 'Дәйексөз', 'quote-lang': 'Дәйексөз тілі', original: 'Түпнұсқа мәтін',
      'original-lang': 'Түпнұсқа тілі', speaker: 'Сөйлеуші', 'speaker-role': 'Сөйлеушінің лауазымы', photo: 'Фото мекенжайы',
      'photo-alt': 'Фото сипаттамасы', date: 'Күні (ЖЖЖЖ-АА-КК)', source: 'Дереккөз', 'source-url': 'Дереккөз сілтемесі', variant: 'Стиль',
      id: 'ID (ендіру файлдарының атауы)', label: 'Тақырып', romanization: 'Латын транскрипциясы', attribution: 'Авторы', note: 'Мағынасы',
      layout: 'Орналасуы', script: 'Қазақ әліпбиі', show: 'Алдымен көрсетілетін аударма', 'group-by': 'Топтау',
    },
    items: {
      value: 'Көрсеткіш (сан)', label: 'Не өлшенеді', currency: 'Валюта (USD, KZT, CNY…)', unit: 'Өлшем бірлігі', notation: 'Жазылуы',
      precision: 'Ондық таңбалар', 'as-of': 'Күнгі жағдай', change: 'Өзгеріс', 'change-kind': 'Өзгеріс түрі', 'change-period': 'Неге қатысты',
      'good-direction': 'Жақсы бағыт', source: 'Дереккөз', 'source-url': 'Дереккөз сілтемесі', sparkline: 'Үрдіс (үтірмен бөлінген сандар)',
      text: 'Мәтін', lang: 'Тілі', date: 'Күні (ЖЖЖЖ-АА-КК)', 'end-date': 'Аяқталу күні', title: 'Тақырып', image: 'Сурет мекенжайы',
      'image-alt': 'Сурет сипаттамасы', caption: 'Жазу', credit: 'Сурет авторы', link: 'Сілтеме', category: 'Санат', id: 'ID',
    },
  },
  ru: {
    fields: {
      lang: 'Язык содержимого (en, zh-Hans, kk, ru…)', quote: 'Цитата', 'quote-lang': 'Язык цитаты', original: 'Оригинал',
      'original-lang': 'Язык оригинала', speaker: 'Автор высказывания', 'speaker-role': 'Должность', photo: 'Адрес фотографии',
      'photo-alt': 'Описание фотографии', date: 'Дата (ГГГГ-ММ-ДД)', source: 'Источник', 'source-url': 'Ссылка на источник', variant: 'Стиль',
      id: 'ID (имя файлов встраивания)', label: 'Заголовок', romanization: 'Латинская транскрипция', attribution: 'Авторство', note: 'Смысл',
      layout: 'Расположение', script: 'Казахский алфавит', show: 'Перевод, показанный первым', 'group-by': 'Группировка',
    },
    items: {
      value: 'Значение (число)', label: 'Что измеряется', currency: 'Валюта (USD, KZT, CNY…)', unit: 'Единица', notation: 'Запись',
      precision: 'Знаков после запятой', 'as-of': 'По состоянию на', change: 'Изменение', 'change-kind': 'Изменение как',
      'change-period': 'По сравнению с', 'good-direction': 'Хорошо, когда', source: 'Источник', 'source-url': 'Ссылка на источник',
      sparkline: 'Динамика (числа через запятую)', text: 'Текст', lang: 'Язык', date: 'Дата (ГГГГ-ММ-ДД)', 'end-date': 'Дата окончания',
      title: 'Заголовок', image: 'Адрес изображения', 'image-alt': 'Описание изображения', caption: 'Подпись', credit: 'Автор изображения',
      link: 'Ссылка', category: 'Категория', id: 'ID',
    },
  },
};
