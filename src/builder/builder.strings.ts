import type { Translations } from '../core/language.js';
import type { WidgetKind } from './specs.js';

/** The builder's own interface text in each shipped language (field labels: builder.labels.ts). */
export interface BuilderStrings {
  title: string;
  intro: string;
  uiLanguage: string;
  widget: string;
  widgets: Record<WidgetKind, string>;
  paste: string;
  pasteHint: string;
  read: string;
  readDone: (widget: string) => string;
  readFailed: string;
  fields: string;
  /** The heading of one list item, e.g. "Event 3". */
  item: (list: string, n: number) => string;
  lists: Record<string, string>;
  add: (list: string) => string;
  remove: string;
  unset: string;
  preview: string;
  theme: string;
  light: string;
  dark: string;
  width: string;
  narrow: string;
  wide: string;
  language: string;
  ownLanguage: string;
  problems: (n: number) => string;
  otherProblems: string;
  row: (n: number) => string;
  output: string;
  baseUrl: string;
  copyScript: string;
  copyIframe: string;
  iframeHint: (page: string) => string;
  downloadPage: string;
  downloadData: string;
  copied: string;
  copyFailed: string;
  code: string;
  dataHint: (file: string, tag: string) => string;
}

export const builderStrings: Translations<BuilderStrings> = {
  en: {
    title: 'golden-bridge builder',
    intro: 'Fill in a widget, check it in the preview, then copy its code into your article. Nothing leaves this page.',
    uiLanguage: 'Interface language',
    widget: 'Widget',
    widgets: { 'quote-card': 'Quote card', 'stat-group': 'Statistics', proverb: 'Proverb', timeline: 'Timeline' },
    paste: 'Paste to edit',
    pasteHint: 'Cells from Google Sheets, Excel or LibreOffice, a CSV, TimelineJS3 JSON, or golden-bridge HTML',
    read: 'Read what is pasted',
    readDone: widget => `Read into the form: ${widget}`,
    readFailed: 'Nothing could be read',
    fields: 'Fields',
    item: (list, n) => `${list} ${n}`,
    lists: { badges: 'Figure', events: 'Event', translations: 'Translation' },
    add: list => `Add: ${list}`,
    remove: 'Remove',
    unset: '(default)',
    preview: 'Preview',
    theme: 'Colours',
    light: 'Light',
    dark: 'Dark',
    width: 'Width',
    narrow: '320 px',
    wide: 'Wide',
    language: 'Page language',
    ownLanguage: 'The content’s own',
    problems: n => (n === 0 ? 'No problems' : n === 1 ? '1 problem' : `${n} problems`),
    otherProblems: 'Problems',
    row: n => `Row ${n}`,
    output: 'Embed',
    baseUrl: 'Address where the golden-bridge files are served',
    copyScript: 'Copy HTML with script tag',
    copyIframe: 'Copy iframe embed (no scripts allowed)',
    iframeHint: page => `For the iframe, download the embed page and serve it as ${page}.`,
    downloadPage: 'Download embed page',
    downloadData: 'Download data (JSON)',
    copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy: select the code below and copy it',
  code: 'Code to paste',
  dataHint: (file, tag) => `Serve the data as ${file}; the widget then reads it with ${tag}.`,
  },
  'zh-Hans': {
    title: 'golden-bridge 组件生成器',
    intro: '填写组件内容，在预览中检查，再把代码复制到文章里。所有内容都留在本页面。',
    uiLanguage: '界面语言',
    widget: '组件',
    widgets: { 'quote-card': '引语卡片', 'stat-group': '统计数字', proverb: '谚语', timeline: '时间线' },
    paste: '粘贴以编辑',
    pasteHint: 'Google 表格、Excel 或 LibreOffice 的单元格、CSV、TimelineJS3 JSON 或 golden-bridge HTML',
    read: '读取粘贴内容',
    readDone: widget => `已读入表单：${widget}`,
    readFailed: '无法读取任何内容',
    fields: '字段',
    item: (list, n) => `${list} ${n}`,
    lists: { badges: '数字', events: '事件', translations: '译文' },
    add: list => `添加${list}`,
    remove: '删除',
    unset: '（默认）',
    preview: '预览',
    theme: '配色',
    light: '浅色',
    dark: '深色',
    width: '宽度',
    narrow: '320 像素',
    wide: '宽',
    language: '页面语言',
    ownLanguage: '内容本身的语言',
    problems: n => (n === 0 ? '没有问题' : `${n} 个问题`),
    otherProblems: '问题',
    row: n => `第 ${n} 行`,
    output: '嵌入',
    baseUrl: 'golden-bridge 文件所在的网址',
    copyScript: '复制带脚本标签的 HTML',
    copyIframe: '复制 iframe 嵌入代码（不允许脚本时）',
    iframeHint: page => `使用 iframe 时，请下载嵌入页面并以 ${page} 发布。`,
    downloadPage: '下载嵌入页面',
    downloadData: '下载数据（JSON）',
    copied: '已复制到剪贴板',
    copyFailed: '无法复制：请选中下方代码手动复制',
  code: '要粘贴的代码',
  dataHint: (file, tag) => `将数据文件发布为 ${file}，组件即可用 ${tag} 读取。`,
  },
  kk: {
    title: 'golden-bridge құрастырғышы',
    intro: 'Виджетті толтырып, алдын ала қарауда тексеріңіз, содан кейін оның кодын мақалаға көшіріңіз. Ештеңе осы беттен шықпайды.',
    uiLanguage: 'Интерфейс тілі',
    widget: 'Виджет',
    widgets: { 'quote-card': 'Дәйексөз картасы', 'stat-group': 'Статистика', proverb: 'Мақал', timeline: 'Уақыт желісі' },
    paste: 'Өңдеу үшін қойыңыз',
    pasteHint: 'Google Sheets, Excel немесе LibreOffice ұяшықтары, CSV, TimelineJS3 JSON немесе golden-bridge HTML',
    read: 'Қойылғанды оқу',
    readDone: widget => `Пішінге оқылды: ${widget}`,
    readFailed: 'Ештеңе оқылмады',
    fields: 'Өрістер',
    item: (list, n) => `${list} ${n}`,
    lists: { badges: 'Көрсеткіш', events: 'Оқиға', translations: 'Аударма' },
    add: list => `Қосу: ${list}`,
    remove: 'Жою',
    unset: '(әдепкі)',
    preview: 'Алдын ала қарау',
    theme: 'Түстер',
    light: 'Ашық',
    dark: 'Күңгірт',
    width: 'Ені',
    narrow: '320 px',
    wide: 'Кең',
    language: 'Бет тілі',
    ownLanguage: 'Мазмұнның өз тілі',
    problems: n => (n === 0 ? 'Мәселе жоқ' : `Мәселелер саны: ${n}`),
    otherProblems: 'Мәселелер',
    row: n => `${n}-жол`,
    output: 'Ендіру',
    baseUrl: 'golden-bridge файлдары орналасқан мекенжай',
    copyScript: 'Скрипт тегі бар HTML-ді көшіру',
    copyIframe: 'iframe кодын көшіру (скриптке рұқсат жоқ болса)',
    iframeHint: page => `iframe үшін ендіру бетін жүктеп алып, оны ${page} мекенжайында орналастырыңыз.`,
    downloadPage: 'Ендіру бетін жүктеп алу',
    downloadData: 'Деректерді жүктеп алу (JSON)',
    copied: 'Алмасу буферіне көшірілді',
    copyFailed: 'Көшіру мүмкін болмады: төмендегі кодты белгілеп, өзіңіз көшіріңіз',
  code: 'Қойылатын код',
  dataHint: (file, tag) => `Деректерді ${file} ретінде орналастырыңыз; виджет оны ${tag} арқылы оқиды.`,
  },
  ru: {
    title: 'Конструктор golden-bridge',
    intro: 'Заполните виджет, проверьте его в предпросмотре и скопируйте код в статью. Данные не покидают эту страницу.',
    uiLanguage: 'Язык интерфейса',
    widget: 'Виджет',
    widgets: { 'quote-card': 'Карточка цитаты', 'stat-group': 'Статистика', proverb: 'Пословица', timeline: 'Хронология' },
    paste: 'Вставьте для правки',
    pasteHint: 'Ячейки из Google Таблиц, Excel или LibreOffice, CSV, JSON TimelineJS3 или HTML golden-bridge',
    read: 'Прочитать вставленное',
    readDone: widget => `Прочитано в форму: ${widget}`,
    readFailed: 'Ничего не удалось прочитать',
    fields: 'Поля',
    item: (list, n) => `${list} ${n}`,
    lists: { badges: 'Показатель', events: 'Событие', translations: 'Перевод' },
    add: list => `Добавить: ${list}`,
    remove: 'Удалить',
    unset: '(по умолчанию)',
    preview: 'Предпросмотр',
    theme: 'Цвета',
    light: 'Светлые',
    dark: 'Тёмные',
    width: 'Ширина',
    narrow: '320 пикс.',
    wide: 'Широко',
    language: 'Язык страницы',
    ownLanguage: 'Язык содержимого',
    problems: n => (n === 0 ? 'Проблем нет' : `Проблем: ${n}`),
    otherProblems: 'Проблемы',
    row: n => `Строка ${n}`,
    output: 'Встраивание',
    baseUrl: 'Адрес, где лежат файлы golden-bridge',
    copyScript: 'Скопировать HTML с тегом script',
    copyIframe: 'Скопировать код iframe (если скрипты запрещены)',
    iframeHint: page => `Для iframe скачайте страницу встраивания и разместите её по адресу ${page}.`,
    downloadPage: 'Скачать страницу встраивания',
    downloadData: 'Скачать данные (JSON)',
    copied: 'Скопировано в буфер обмена',
    copyFailed: 'Не удалось скопировать: выделите код ниже и скопируйте его',
  code: 'Код для вставки',
  dataHint: (file, tag) => `Разместите данные как ${file}; виджет прочитает их через ${tag}.`,
  },
};
