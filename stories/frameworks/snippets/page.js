// The script page.html loads: register every widget, report content problems, and give the
// timeline its events as a property (an array; as an attribute it would have to be JSON).
import 'golden-bridge';

document.addEventListener('gb-error', event => {
  const { element, field, message } = event.detail;
  console.warn(`<${element}> ${field}: ${message}`);
});

document.querySelector('gb-timeline').events = [
  { date: '1943', category: 'culture', title: 'Xian Xinghai and Bakhytzhan Baikadamov meet', text: 'The Kazakh composer takes the homeless Chinese composer into his home; the two become close friends.' },
  { date: '1991-12-16', category: 'diplomacy', title: 'Kazakhstan declares independence', text: 'Kazakhstan becomes an independent state as the Soviet Union dissolves.' },
  { date: '2023', category: 'travel', title: 'Visa exemption takes effect', text: 'Mutual visa exemption begins; 600,000 cross-border trips are recorded in the year.' },
];
