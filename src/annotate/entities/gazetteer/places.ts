/**
 * Places we know by name, compiled by hand: countries (with short forms and older spellings), capitals and large
 * cities, regions that recur in international news, continents. One line per place: the canonical name first,
 * then every variant separated by `|`. Variants map to one place, so "Kiev" and "Kyiv" are one entity.
 */
import { namedEntries } from './rows.js';
const COUNTRIES = `
United States|US|U.S.|USA|U.S.A.|United States of America|America
United Kingdom|UK|U.K.|Britain|Great Britain
Russia|Russian Federation
Ukraine|the Ukraine
China|People's Republic of China|PRC
North Korea|DPRK|Democratic People's Republic of Korea
South Korea|Republic of Korea
France;Germany;Italy;Spain;Portugal;Netherlands|Holland;Belgium;Luxembourg;Switzerland;Austria;Poland;Czech Republic|Czechia
Slovakia;Hungary;Romania;Bulgaria;Greece;Turkey|Türkiye|Turkiye;Cyprus;Malta;Ireland;Iceland;Norway;Sweden;Finland;Denmark
Estonia;Latvia;Lithuania;Belarus;Moldova;Georgia;Armenia;Azerbaijan;Kazakhstan;Uzbekistan;Turkmenistan;Kyrgyzstan;Tajikistan
Serbia;Croatia;Slovenia;Bosnia and Herzegovina|Bosnia;Montenegro;North Macedonia|Macedonia;Albania;Kosovo
Israel;Palestine;Gaza|Gaza Strip;West Bank;Lebanon;Syria;Jordan;Iraq;Iran;Saudi Arabia;Yemen;Oman;United Arab Emirates|UAE
Qatar;Kuwait;Bahrain;Egypt;Libya;Tunisia;Algeria;Morocco;Sudan;South Sudan;Ethiopia;Eritrea;Somalia;Kenya;Uganda;Tanzania
Rwanda;Burundi;Democratic Republic of the Congo|DR Congo|DRC;Congo;Nigeria;Niger;Mali;Chad;Ghana;Senegal;Cameroon
Ivory Coast|Côte d'Ivoire;Burkina Faso;Angola;Zambia;Zimbabwe;Mozambique;Namibia;Botswana;South Africa;Madagascar
India;Pakistan;Afghanistan;Bangladesh;Sri Lanka;Nepal;Bhutan;Myanmar|Burma;Thailand;Vietnam|Viet Nam;Laos;Cambodia
Malaysia;Singapore;Indonesia;Philippines;Japan;Taiwan;Mongolia;Australia;New Zealand;Papua New Guinea;Fiji
Canada;Mexico;Guatemala;Honduras;El Salvador;Nicaragua;Costa Rica;Panama;Cuba;Haiti;Dominican Republic;Jamaica
Colombia;Venezuela;Ecuador;Peru;Bolivia;Brazil;Paraguay;Uruguay;Argentina;Chile
`;

const CITIES_AND_REGIONS = `
Kyiv|Kiev;Kharkiv|Kharkov;Odesa|Odessa;Lviv|Lvov;Dnipro|Dnipropetrovsk;Zaporizhzhia|Zaporizhzhya|Zaporozhye;Mykolaiv|Nikolaev
Kherson;Donetsk;Luhansk|Lugansk;Donbas|Donbass;Crimea;Sevastopol;Mariupol;Bakhmut;Avdiivka;Pokrovsk;Kupiansk;Sumy;Chernihiv
Poltava;Vinnytsia;Zhytomyr;Kursk;Belgorod;Bryansk;Rostov|Rostov-on-Don;Voronezh;Moscow;St Petersburg|Saint Petersburg|St. Petersburg
Kaliningrad;Novosibirsk;Siberia;Chechnya;Dagestan;Minsk;Chisinau;Tbilisi;Yerevan;Baku;Astana;Transnistria
Washington|Washington DC|Washington, D.C.|DC|D.C.;New York|New York City|NYC;Los Angeles;Chicago;San Francisco;Boston
Miami;Houston;Dallas;Seattle;Atlanta;Philadelphia;Detroit;Denver;Phoenix;Las Vegas;Texas;California;Florida;Alaska;Hawaii
Virginia;Maryland;Pennsylvania;Michigan;Ohio;Arizona;Nevada;Wisconsin;Alabama;Arkansas;Colorado;Connecticut;Delaware
Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Massachusetts;Minnesota;Mississippi;Missouri;Montana;Nebraska
New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Oklahoma;Oregon;Rhode Island;South Carolina;South Dakota
Tennessee;Utah;Vermont;West Virginia;Wyoming;Hollywood;Nashville;New Orleans;Baltimore;Pittsburgh;Cleveland;Minneapolis
St. Louis|St Louis;Sarasota;Orlando;Tampa;San Diego;Sacramento;Portland;Honolulu;Anchorage;Silicon Valley;Malibu;Cupertino
London;Manchester;Birmingham;Edinburgh;Glasgow;Cardiff;Belfast;Scotland;Wales;England;Northern Ireland
Paris;Marseille;Lyon;Berlin;Munich;Hamburg;Frankfurt;Rome;Milan;Naples;Madrid;Barcelona;Lisbon;Amsterdam;The Hague|Hague
Brussels;Geneva;Zurich;Vienna;Warsaw;Krakow|Kraków;Prague;Budapest;Bucharest;Sofia;Athens;Istanbul;Ankara;Helsinki
Stockholm;Oslo;Copenhagen;Tallinn;Riga;Vilnius;Dublin;Belgrade;Zagreb;Sarajevo;Reykjavik;Luxembourg City
Jerusalem;Tel Aviv;Beirut;Damascus;Aleppo;Baghdad;Tehran;Riyadh;Doha;Dubai;Abu Dhabi;Cairo;Amman;Sanaa
Beijing|Peking;Shanghai;Hong Kong;Taipei;Tokyo;Seoul;Pyongyang;Delhi;New Delhi;Mumbai|Bombay;Islamabad;Kabul;Dhaka
Bangkok;Hanoi;Jakarta;Manila;Kuala Lumpur;Sydney;Melbourne;Canberra;Ottawa;Toronto;Montreal;Vancouver;Mexico City
Havana;Caracas;Bogota|Bogotá;Lima;Santiago;Buenos Aires;Brasilia|Brasília;Sao Paulo|São Paulo;Rio de Janeiro
Sicily;Sardinia;Corsica;Crete;Cyprus;Bavaria;Catalonia;Tuscany;Andalusia;Lombardy;Siberia;Tibet;Xinjiang;Kashmir;Punjab;Bali;Java;Sumatra
Nairobi;Lagos;Abuja;Addis Ababa;Khartoum;Johannesburg;Cape Town;Pretoria;Kinshasa;Tripoli
Europe;Asia;Africa;North America;South America;Latin America;Antarctica;Arctic;Oceania;Middle East;Balkans;Caucasus
Scandinavia;Baltics;Black Sea;Baltic Sea;Mediterranean|Mediterranean Sea;Red Sea;Pacific|Pacific Ocean
Atlantic|Atlantic Ocean;Indian Ocean;South China Sea;Taiwan Strait;Persian Gulf;Sahel;Korean Peninsula;Gulf of Aden;Gulf of Mexico
Bay of Bengal;Strait of Hormuz;Horn of Africa;Arabian Sea;Caribbean;Gulf of Oman;Sea of Azov;Kerch Strait;Bab el-Mandeb
`;

export interface PlaceEntry {
  name: string;
  variants: string[];
}

export const PLACES: PlaceEntry[] = [...namedEntries(COUNTRIES), ...namedEntries(CITIES_AND_REGIONS)];

/**
 * Words that turn a place name into a larger administrative unit of the same name ("Kursk Oblast", "Kursk
 * region"). They are kept in the mention but dropped for merging: "Kursk Oblast", "Kursk region" and "Kursk"
 * name one place in news use.
 */
export const PLACE_SUFFIXES = new Set(['oblast', 'region', 'province', 'krai', 'governorate', 'district', 'county', 'prefecture', 'state']);

/** Suffixes that make a new kind of place from any capitalised word ("Harbor Bridge" is not; "Pine County" is). */
export const PLACE_HEADS = new Set([
  'oblast', 'region', 'province', 'krai', 'county', 'district', 'prefecture', 'island', 'islands', 'sea', 'ocean',
  'river', 'lake', 'mountains', 'mountain', 'peninsula', 'strait', 'bay', 'gulf', 'valley', 'desert', 'city', 'town',
  'village', 'street', 'avenue', 'road', 'square', 'park', 'harbor', 'harbour', 'port', 'airport', 'station',
  'bridge', 'footbridge', 'tunnel', 'terminal', 'pier', 'quay', 'wharf', 'basin', 'harbour', 'dock', 'docks', 'beach',
  'coast', 'canal', 'heights', 'hills', 'market',
]);

/** First words of places named "X of Y" ("Gulf of Aden", "Bay of Bengal", "Isle of Man"), kept whole. */
export const PLACE_OPENERS = new Set(['gulf', 'bay', 'strait', 'straits', 'sea', 'isle', 'isles', 'island', 'islands', 'cape', 'horn', 'lake', 'mount', 'city', 'province', 'region', 'county', 'district', 'republic', 'kingdom', 'port', 'valley', 'coast']);

/** First words that make a run a place name ("Port Adalyn", "Mount Kenya", "Lake Geneva"). */
export const PLACE_PREFIXES = new Set(['port', 'mount', 'mt', 'fort', 'lake', 'cape', 'isle', 'san', 'santa', 'sao', 'saint', 'st', 'new', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater']);
