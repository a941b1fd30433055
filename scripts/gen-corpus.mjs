// Writes a deterministic corpus of invented English news articles (~600
// words each) for the performance and security checks: several invented
// events, each reported by several invented outlets that share some
// sentences word for word, paraphrase others and add their own, with dates,
// numbers, money, quotes and names. Nothing comes from seeds/.
//
// usage: node scripts/gen-corpus.mjs N OUTDIR [--seed S] [--hostile K]
//   --hostile K  the first K articles carry script, javascript: links and
//                event-handler attributes in title, front matter, body and
//                quotes (for e2e/xss.spec.mjs); their ids start with "xss-".
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PAYLOADS } from './xss-payloads.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string', default: '20240501' }, hostile: { type: 'string', default: '0' } },
});
const seed = Number(values.seed);
const hostile = Number(values.hostile);
const [countArg, outDir] = positionals;
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !outDir) {
  console.error('usage: node scripts/gen-corpus.mjs N OUTDIR [--seed S] [--hostile K]');
  process.exit(2);
}

// mulberry32: small, fast and the same on every machine.
let state = seed >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;

// Invented names from syllables, so no real person or place is named.
const ONSET = ['B', 'D', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z', 'Br', 'Dr', 'Gr', 'Tr', 'St'];
const VOWEL = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODA = ['', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'm', 'v'];
const syl = () => pick(ONSET) + pick(VOWEL) + pick(CODA);
const word = (n) => {
  let w = '';
  for (let i = 0; i < n; i++) w += syl().toLowerCase();
  return w[0].toUpperCase() + w.slice(1);
};
const person = () => `${word(int(1, 2))} ${word(2)}`;
const place = () => word(2) + pick(['ford', 'wick', 'ton', 'ia', 'mere', 'holm', 'port', 'dale']);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (d) => d.toISOString().slice(0, 10);
const longDate = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const OUTLET_HEAD = ['The', 'The', 'The Daily', 'The Evening', 'The Weekly', ''];
const OUTLET_TAIL = ['Ledger', 'Courier', 'Sentinel', 'Dispatch', 'Gazette', 'Herald', 'Tribune', 'Observer', 'Chronicle', 'Bulletin', 'Review', 'Record'];
const outlets = Array.from({ length: 14 }, () => `${pick(OUTLET_HEAD)} ${place()} ${pick(OUTLET_TAIL)}`.trim());

// Event kinds: the facts every outlet may report, each with paraphrases
// (index 0 is the wording outlets copy from one another), and quotes.
const KINDS = [
  {
    orgs: ['Regional Council', 'Transport Authority'],
    title: (e) => [`${e.org} approves ${e.n1}-kilometre rail link to ${e.place2}`, `Rail line between ${e.place} and ${e.place2} gets the go-ahead`, `${e.place} to be linked to ${e.place2} by new railway`],
    facts: (e) => [
      [`The ${e.org} approved a ${e.n1}-kilometre rail link between ${e.place} and ${e.place2} on ${e.weekday}.`, `On ${e.weekday}, the ${e.org} gave its approval to a railway of ${e.n1} kilometres connecting ${e.place} with ${e.place2}.`],
      [`The project is expected to cost ${e.money}.`, `Officials put the price of the line at ${e.money}.`, `The line will cost an estimated ${e.money}, according to the plan.`],
      [`Construction is due to begin in ${e.month} and last ${e.n2} years.`, `Work should start in ${e.month}, with completion planned ${e.n2} years later.`],
      [`About ${e.n3},000 passengers a day are expected to use the line.`, `Planners expect some ${e.n3},000 daily passengers.`],
      [`${e.p2}, who chairs the regional transport committee, voted against the plan.`, `The committee chair, ${e.p2}, opposed the project in the vote.`],
      [`The vote passed by ${e.n4} votes to ${e.n5}.`, `Members backed it ${e.n4} to ${e.n5}.`],
      [`Residents of ${e.place2} have campaigned for a rail connection since ${e.year0}.`, `A local campaign for the railway in ${e.place2} dates back to ${e.year0}.`],
    ],
    quotes: (e) => [
      [e.p1, `director of the ${e.org}`, `This line will change how people in ${e.place2} live and work.`],
      [e.p2, 'chair of the transport committee', 'We are spending money we do not have on a line few will use.'],
      [e.p3, `a commuter from ${e.place2}`, 'I have waited twenty years for a train.'],
    ],
  },
  {
    orgs: ['Civil Protection Agency', 'Water Board'],
    title: (e) => [`Floods force ${e.n3},000 from their homes in ${e.place}`, `${e.place} evacuates thousands as river bursts its banks`, `Heavy rain floods ${e.place}; ${e.n1} reported injured`],
    facts: (e) => [
      [`Heavy rain caused the ${e.river} to burst its banks in ${e.place} on ${e.weekday}.`, `The ${e.river} overflowed in ${e.place} on ${e.weekday} after days of heavy rain.`],
      [`About ${e.n3},000 people were evacuated from low-lying districts.`, `Some ${e.n3},000 residents had to leave their homes in the lower districts.`, `Authorities moved roughly ${e.n3},000 people to safety.`],
      [`${e.n1} people were injured and ${e.n5} are missing, the ${e.org} said.`, `According to the ${e.org}, ${e.n1} people were hurt and ${e.n5} remain unaccounted for.`],
      [`The water rose ${e.n2} metres in less than ${e.n4} hours.`, `Within ${e.n4} hours the river had climbed by ${e.n2} metres.`],
      [`The regional government released ${e.money} in emergency aid.`, `Emergency funds of ${e.money} were made available by the regional government.`],
      [`It is the worst flooding in the region since ${e.year0}.`, `Residents said they had not seen such floods since ${e.year0}.`],
      [`Schools in ${e.place} will stay closed until ${e.month}.`, `Classes in ${e.place} are suspended until ${e.month}.`],
    ],
    quotes: (e) => [
      [e.p1, `head of the ${e.org}`, 'The next forty-eight hours will be decisive.'],
      [e.p2, `the mayor of ${e.place}`, 'Nobody should try to return home before we say it is safe.'],
      [e.p3, 'a shop owner', 'Everything I built in ten years is under water.'],
    ],
  },
  {
    orgs: ['Metalworkers Union', 'Workers Federation'],
    title: (e) => [`${e.company} to close ${e.place} plant, cutting ${e.n3}00 jobs`, `${e.n3}00 jobs lost as ${e.company} shuts factory`, `Workers stunned by ${e.company} closure in ${e.place}`],
    facts: (e) => [
      [`${e.company} said on ${e.weekday} it would close its plant in ${e.place} by ${e.month}.`, `The ${e.place} factory of ${e.company} will shut by ${e.month}, the company announced on ${e.weekday}.`],
      [`The closure will cost ${e.n3}00 jobs.`, `Some ${e.n3}00 workers will lose their jobs.`, `${e.n3}00 employees are affected.`],
      [`The company blamed a ${e.n1} per cent fall in orders.`, `Orders have dropped by ${e.n1} per cent, ${e.company} said.`],
      [`The plant opened in ${e.year0} and makes parts for farm machinery.`, `Opened in ${e.year0}, the factory produces components for agricultural machines.`],
      [`The ${e.org} called a strike for ${e.weekday2}.`, `A strike has been called by the ${e.org} for ${e.weekday2}.`],
      [`${e.company} reported a profit of ${e.money} last year.`, `Last year the group made ${e.money} in profit.`],
      [`Production will move to a site ${e.n2}00 kilometres away.`, `The work is to be transferred to another plant ${e.n2}00 km away.`],
    ],
    quotes: (e) => [
      [e.p1, `chief executive of ${e.company}`, 'This was the hardest decision of my career.'],
      [e.p2, `a spokesperson for the ${e.org}`, 'They made a profit and still throw people onto the street.'],
      [e.p3, 'who has worked at the plant for nineteen years', 'I do not know what I will tell my children.'],
    ],
  },
  {
    orgs: ['Election Commission', 'Electoral Observers League'],
    title: (e) => [`${e.p1} wins ${e.place} mayoral race with ${e.n1} per cent`, `New mayor for ${e.place} after close vote`, `${e.place} elects ${e.p1} as mayor`],
    facts: (e) => [
      [`${e.p1} won the mayoral election in ${e.place} on ${e.weekday} with ${e.n1} per cent of the vote.`, `With ${e.n1} per cent, ${e.p1} was elected mayor of ${e.place} on ${e.weekday}.`],
      [`The runner-up, ${e.p2}, received ${e.n5} per cent.`, `${e.p2} came second with ${e.n5} per cent of the votes.`],
      [`Turnout was ${e.n4} per cent, the highest since ${e.year0}.`, `${e.n4} per cent of voters took part, a record since ${e.year0}.`],
      [`${e.p1} promised to build ${e.n3},000 homes within ${e.n2} years.`, `The winner has pledged ${e.n3},000 new homes over ${e.n2} years.`],
      [`The city's budget is ${e.money} a year.`, `${e.place} spends ${e.money} annually.`],
      [`The count was delayed for ${e.n2} hours by a software fault.`, `A software problem held up the count by ${e.n2} hours.`],
      [`The ${e.org} will observe the handover in ${e.month}.`, `Observers from the ${e.org} are to follow the transfer of power in ${e.month}.`],
    ],
    quotes: (e) => [
      [e.p1, 'the mayor-elect', `${e.place} voted for change, and change is what it will get.`],
      [e.p2, 'the defeated candidate', 'I congratulate the winner and will hold the office to account.'],
      [e.p3, `a voter in ${e.place}`, 'Rents are what everyone talks about here.'],
    ],
  },
];

const BACKGROUND = [
  (e) => `${e.place} has a population of about ${int(2, 9)}${int(0, 9)}0,000 and lies ${int(20, 300)} kilometres from the coast.`,
  (e) => `The region's economy grew by ${int(1, 4)}.${int(0, 9)} per cent last year, according to the statistics office.`,
  (e) => `Local officials met again on ${pick(WEEKDAYS)} to discuss the next steps.`,
  (e) => `Critics have questioned whether the ${e.org} consulted residents early enough.`,
  (e) => `A similar case in ${place()} in ${int(1995, 2020)} took ${int(2, 11)} years to resolve.`,
  (e) => `The opposition demanded a public hearing before the end of ${pick(MONTHS)}.`,
  (e) => `Reporters from several outlets were present when the announcement was made.`,
  (e) => `Figures published by the ${e.org} could not be independently verified.`,
  (e) => `A spokesperson for ${person()}'s office declined to comment.`,
  (e) => `Further details are expected to be released in the coming weeks.`,
  (e) => `Some ${int(2, 40)} groups have signed an open letter on the matter.`,
  (e) => `${person()}, an economist at the University of ${place()}, said the figures deserved a closer look.`,
  (e) => `Analysts at ${word(2)} Partners estimate the wider cost at ${int(2, 90)} million.`,
  (e) => `The decision can still be challenged in court within ${int(2, 8)} weeks.`,
  (e) => `Earlier this year, a survey found that ${int(30, 80)} per cent of residents supported the idea.`,
  (e) => `${person()}, who runs a bakery near the ${pick(['station', 'harbour', 'market', 'town hall'])}, said business had been ${pick(['slow', 'uneven', 'better than expected'])} since ${pick(MONTHS)}.`,
  (e) => `In ${int(2001, 2022)}, the ${e.org} published a ${int(40, 300)}-page report on the region's ${pick(['roads', 'housing', 'schools', 'water supply', 'hospitals'])}.`,
  (e) => `The ${pick(['northern', 'southern', 'eastern', 'western'])} districts of ${e.place} are home to about ${int(10, 90)},000 people.`,
  (e) => `${person()} of the ${place()} Chamber of Commerce expects ${pick(['prices', 'rents', 'wages', 'tax receipts'])} to ${pick(['rise', 'fall', 'stay flat'])} next year.`,
  (e) => `Local radio reported queues of up to ${int(20, 400)} people outside the ${pick(['library', 'council offices', 'community centre', 'sports hall'])} on ${pick(WEEKDAYS)}.`,
  (e) => `A petition started by ${person()} has gathered ${int(2, 60)},${int(100, 999)} signatures.`,
  (e) => `The last comparable decision, in ${int(1980, 2019)}, was overturned ${int(2, 9)} months later.`,
  (e) => `${place()} and ${place()} are watching the outcome closely, officials there said.`,
  (e) => `Opposition councillor ${person()} called for an independent review by ${pick(MONTHS)}.`,
  (e) => `About ${int(5, 70)} per cent of households in the area ${pick(['rent their homes', 'own a car', 'commute by bus', 'have a garden'])}, census figures show.`,
];

function makeEvent(i) {
  const kind = KINDS[i % KINDS.length];
  const date = new Date(Date.UTC(2024, 0, 1) + int(0, 700) * 86400000);
  const e = {
    kind,
    date,
    place: place(),
    place2: place(),
    river: `${word(2)} River`,
    org: `${place()} ${pick(kind.orgs)}`,
    company: `${word(2)} ${pick(['Industries', 'Group', 'Manufacturing', 'Holdings'])}`,
    p1: person(), p2: person(), p3: person(),
    n1: int(11, 90), n2: int(2, 9), n3: int(2, 60), n4: int(12, 80), n5: int(3, 40),
    money: pick([`${int(2, 900)} million euros`, `$${int(2, 90)}.${int(1, 9)} billion`, `${int(10, 400)} million dollars`]),
    month: pick(MONTHS),
    weekday: WEEKDAYS[date.getUTCDay()],
    weekday2: pick(WEEKDAYS),
    year0: int(1971, 2015),
  };
  e.titles = kind.title(e);
  e.facts = kind.facts(e);
  e.quotes = kind.quotes(e);
  return e;
}

function quoteSentence([who, role, text]) {
  const bare = text.replace(/[.!?]$/, '');
  switch (int(0, 3)) {
    case 0: return `"${bare}," said ${who}, ${role}.`;
    case 1: return `${who}, ${role}, told reporters: "${text}"`;
    case 2: return `"${bare}," ${who} said.`;
    default: return `According to ${who}, ${role}, "${text}"`;
  }
}

function article(i, e, outlet, bad) {
  const published = new Date(e.date.getTime() + int(0, 2) * 86400000);
  let title = pick(e.titles);
  const sentences = [];
  // Most facts, in a mostly shared order; wording copied or paraphrased.
  for (const variants of e.facts) {
    if (chance(0.8)) sentences.push(chance(0.45) ? variants[0] : pick(variants));
  }
  for (const q of e.quotes) if (chance(0.7)) sentences.splice(int(1, sentences.length), 0, quoteSentence(q));
  // Outlet's own colour: sentences no other article has.
  sentences.push(`${outlet} spoke to ${int(2, 12)} people in ${e.place} on ${pick(WEEKDAYS)}.`);
  const quotes = [];
  if (bad) {
    const p = (k) => PAYLOADS[(i + k) % PAYLOADS.length];
    title = `${title} ${p(0)}`;
    for (const payload of PAYLOADS) sentences.splice(int(0, sentences.length), 0, `A reader wrote: ${payload} and nothing else.`);
    quotes.push(`"${p(2)} is not a quote," said ${e.p3}.`);
  }
  // Background to ~600 words, never the same sentence twice in one article.
  let words = sentences.join(' ').split(/\s+/).length;
  const used = new Set(sentences);
  while (words < 580) {
    const s = pick(BACKGROUND)(e);
    if (used.has(s)) continue;
    used.add(s);
    sentences.push(s);
    words += s.split(/\s+/).length;
  }
  sentences.push(...quotes);
  // Paragraphs of two to four sentences, a dateline lead.
  const paras = [];
  for (let k = 0; k < sentences.length;) {
    const n = int(2, 4);
    paras.push(sentences.slice(k, k + n).join(' '));
    k += n;
  }
  paras[0] = `${e.place.toUpperCase()}, ${longDate(published)} — ${paras[0]}`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  const host = pick(['example.org', 'example.com', 'example.net']);
  let head;
  if (bad) {
    const p = (k) => PAYLOADS[(i + k) % PAYLOADS.length];
    head = ['---', `title: ${title}`, `outlet: ${outlet} ${p(1)}`, 'url: javascript:window.__xss=1', `date: ${iso(published)}`, 'lang: en', '---', ''];
  } else if (chance(0.8)) {
    head = ['---', `title: ${title}`, `outlet: ${outlet}`, `url: https://${host}/${iso(published)}/${slug}`, `date: ${iso(published)}`, 'lang: en', '---', ''];
  } else {
    // No front matter: title line and a "Published:" dateline, like pasted pages.
    head = [title, '', `Published: ${longDate(published)}`, ''];
  }
  return `${head.join('\n')}\n${paras.join('\n\n')}\n`;
}

const events = Array.from({ length: Math.max(3, Math.ceil(count / 10)) }, (_, i) => makeEvent(i));
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.endsWith('.txt')) rmSync(join(outDir, f));
let totalWords = 0;
for (let i = 0; i < count; i++) {
  const bad = i < hostile;
  const e = events[i % events.length];
  const text = article(i, e, outlets[(i * 7 + Math.floor(i / events.length)) % outlets.length], bad);
  totalWords += text.split(/\s+/).length;
  const id = bad ? `xss-${String(i).padStart(2, '0')}` : `gen-${String(i).padStart(4, '0')}`;
  writeFileSync(join(outDir, `${id}.txt`), text);
}
console.log(`gen-corpus: ${count} articles (${hostile} hostile), ${events.length} events, ${totalWords} words -> ${outDir}`);
