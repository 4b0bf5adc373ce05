/**
 * People: given names (evidence that a capitalised run is a person) and a short list of public figures who recur
 * in international news, with the spellings that differ between outlets ("Zelensky"/"Zelenskyy").
 */
import { namedEntries } from './rows.js';
const GIVEN = `
aaron abdul abdullah adam adrian ahmed ahmad akira alan albert alejandro aleksandr aleksei alex alexander alexandra alexei
alexey ali alice alicia alina alison amanda amy ana anatoly andrea andreas andrei andrew andrey andriy andrzej angela
angelina ann anna anne annalena antonio antony anthony anton arthur ashley barack barbara ben benjamin bernard beth
betty bill bob boris brandon brian bruce carl carlos carol caroline catherine charles charlotte chris christian
christina christine christopher claire claudia colin craig cynthia dan daniel daria david debbie deborah denis dennis
denys diana dmitri dmitriy dmitry dmytro donald donna dorothy douglas edward elena elizabeth ellen elon emily emma
emmanuel eric erik eugene evgeny fatima fernando frank franz fumio gabriel gary george georgiy gerald gerhard giorgia
grace greg gregory hakeem hannah hans harold harry heather helen henry hillary hiroshi hugo ian igor ilya irina isabel
ivan jack jacob jake james jamie jan jane janet jason javier jean jeff jeffrey jennifer jens jeremy jerome jessica
jim joan joe joel johann johannes john jonathan jordan jorge jose joseph joshua juan judith julia julian julie jung
justin karen karl kate katherine kathleen keir keith kelly kenneth kevin kim kirill klaus kristina kyle lara larry
laura lauren lee leon linda lisa liz lloyd louis lucy luis luke lyudmila maria marie marina mario mark markus martin
mary matthew maxim maria megan melissa michael michel michelle miguel mikhail mohammed mohammad muhammad nancy narendra
natalia natalya nathan neil nicholas nick nicola nicolas nikolai nina noah oleg oleksandr oleksiy olena olga olaf
oliver olivia omar oscar pamela patricia patrick paul pavel pedro penny peter petro petr philip pierre rachel rafael
ralph ramzan raymond rebecca recep richard rishi rob robert roberto roger roman ronald rose ruslan russell rustem ruth
ryan sadiq sam samuel sandra sara sarah scott sean sebastian serhiy sergei sergey sergio sharon simon sofia sophie
stanislav stefan stephanie stephen steve steven susan svetlana tamara tatiana tatyana teresa thomas tim timothy tom
tony ursula valentina valery valeriy vasily victor victoria viktor vincent vitali vitaliy vladimir vladislav volodymyr
walter wang wayne wei william wolfgang xavier yaroslav yevgeny yulia yuri yury zachary zoe ada aisha amara ana
anya astrid bianca carmen chloe dana elif elsa emre eva farah felix greta hamid hassan ilse ines ingrid iris jonas
joan kai karim kofi lars layla leila leo lina lucas maya mei miriam nadia nadine noor olga omar owen paolo priya
rahul ravi rosa sanjay sofia tariq tomas tomasz yusuf zara lena marta cyril kofi
abigail albert alfred allen andy angus archie arnold audrey barry bernie betsy bettie billy bobby bradley brenda brett
bridget carla carter cecil chad charlie chester clara clarence clifford clint cole connor dale danny darren dave dean
derek diane dick don doris doug duncan dwight earl eddie edgar edith edna eleanor elijah ella elliot elsie emmett ernest
ethan evelyn floyd frances francis fred freddie gabriella gail gareth gavin gene geoffrey gilbert glen glenn gloria
gordon graham gwen hal hank harriet harvey hazel herbert herman howard hugh ida irene jack jackie jacqueline jay jean
jeanne jenny jerry jesse jill jimmy jo joanna jodie joey johnny jon josh joyce judy kenny kerry kirk kurt lance lewis
lillian lloyd lois lorraine lou louise lynn mabel maggie marcus margaret marilyn marjorie marlon marshall marvin matt
maureen max mel melvin mick mike mildred milton mitchell molly monica morris nathaniel neville nora norman pat paula
pearl percy phil phyllis pierce quentin ralph randy ray reggie rex rick ricky rita robin rod rodney roland ron ronnie
roy rudy russ sally sammy shirley sid stan stanley stella sue sylvia ted teddy terry theo theodore todd tommy tony
tracy travis troy vera vernon vic viola virginia wade wallace walt warren wendy wesley wilbur willie winston yvonne
`;

export const GIVEN_NAMES = new Set(GIVEN.split(/\s+/).filter(Boolean));

/** Given names of the list above that are usually women's: they tell "Ms Mensah" from "Mr Mensah". */
export const FEMALE_NAMES = new Set(
  `alexandra alice alicia alina alison amanda amy ana angela angelina ann anna anne annalena ashley barbara beth betty
  carol caroline catherine charlotte christina christine claire claudia cynthia daria debbie deborah diana donna dorothy
  elena elizabeth ellen emily emma fatima giorgia grace hannah heather helen hillary irina isabel jane janet jennifer
  jessica joan judith julia julie karen kate katherine kathleen kelly kristina lara laura lauren linda lisa liz lucy
  lyudmila maria marie marina mary megan melissa michelle nancy natalia natalya nicola nina olena olga olivia pamela
  patricia penny rachel rebecca rose ruth sandra sara sarah sharon sofia sophie stephanie susan svetlana tamara tatiana
  tatyana teresa ursula valentina victoria yulia zoe abigail audrey betsy bettie brenda bridget carla clara diane doris
  edith edna eleanor ella elsie evelyn frances gabriella gail gloria gwen harriet hazel ida irene jackie jacqueline jean
  jeanne jenny jill jo joanna jodie joyce judy lillian lois lorraine louise lynn mabel maggie margaret marilyn marjorie
  maureen mildred molly monica nora paula pearl phyllis rita sally shirley stella sue sylvia tracy vera viola virginia
  wendy yvonne ada aisha amara anya astrid bianca carmen chloe dana elsa eva farah
  greta ilse ines ingrid iris layla leila lina maya mei miriam nadia nadine noor priya rosa zara lena marta`
    .split(/\s+/)
    .filter(Boolean),
);

/** Canonical name first, then spelling variants of the whole name or of the surname. */
const PUBLIC_FIGURES = `
Joe Biden|Joseph Biden|Joseph R. Biden
Donald Trump|Donald J. Trump
Kamala Harris;Barack Obama;Hillary Clinton;Bill Clinton;George W. Bush;J.D. Vance|JD Vance;Elon Musk
Antony Blinken;Lloyd Austin;Jake Sullivan;John Kirby;Marco Rubio;Mike Johnson;Chuck Schumer;Mitch McConnell
Vladimir Putin;Dmitry Peskov|Dmitri Peskov;Sergei Lavrov|Sergey Lavrov;Sergei Shoigu|Sergey Shoigu;Andrei Belousov|Andrey Belousov
Valery Gerasimov;Dmitry Medvedev|Dmitri Medvedev;Maria Zakharova;Alexei Navalny|Alexey Navalny
Volodymyr Zelensky|Volodymyr Zelenskyy|Volodymyr Zelenskiy|Zelenskyy|Zelenskiy
Dmytro Kuleba;Andrii Sybiha|Andriy Sybiha;Andriy Yermak|Andrii Yermak;Oleksandr Syrskyi|Oleksandr Syrsky;Valerii Zaluzhnyi|Valery Zaluzhny
Keir Starmer;Rishi Sunak;Boris Johnson;Liz Truss;David Cameron;David Lammy;King Charles|King Charles III
Olaf Scholz;Annalena Baerbock;Boris Pistorius;Friedrich Merz;Emmanuel Macron;Giorgia Meloni;Pedro Sánchez|Pedro Sanchez
Donald Tusk;Andrzej Duda;Viktor Orbán|Viktor Orban;Recep Tayyip Erdoğan|Recep Tayyip Erdogan;Ursula von der Leyen
Jens Stoltenberg;Mark Rutte;António Guterres|Antonio Guterres;Rafael Grossi;Justin Trudeau
Xi Jinping|Xi;Kim Jong Un|Kim Jong-un;Fumio Kishida;Shigeru Ishiba;Yoon Suk Yeol;Narendra Modi
Benjamin Netanyahu;Ali Khamenei;Masoud Pezeshkian;Mohammed bin Salman;Alexander Lukashenko|Aleksandr Lukashenko
Pope Francis
`;

export interface PersonEntry {
  name: string;
  variants: string[];
}

export const PEOPLE: PersonEntry[] = namedEntries(PUBLIC_FIGURES);

/** Lower-case particles that sit inside surnames ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter', 'ten', 'dos', 'das']);
