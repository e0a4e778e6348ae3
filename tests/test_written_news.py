"""Sets of Kazakhstan news articles written for the project against their hand-made
gold (gold.json in each folder; people invented, institutions and places real): document-level
F1 per type, counted as ../shared/gold/score_gold.py counts it.

- tests/data/written_news: an akimat meeting, company results, a court case, football, sowing,
  a Mazhilis committee, a ministry programme, a foreign visit, science, a maslikhat session;
- tests/data/written_news2: the same topics in other registers: a regional press release full of
  districts and rural okrugs, a business piece with Latin-script and Kazakh-letter company names,
  an interview, a court verdict, a match report, farms, a Mazhilis session by party, a visit to
  Japan, a university lab, an incident report;
- tests/data/written_news3: ten articles dense in people (an akimat meeting, a court verdict, hockey,
  a school olympiad, state awards, an oil company, a rescue, a maslikhat's commissions, botany, a
  teacher's portrait): full names with patronymics in every case, Kazakh patronymics, surname-first
  lists with initials, surnames alone, Korean, Uighur, Ukrainian, Tatar and foreign names, first names
  that are also words, players by surname, streets and awards named after people;
- tests/data/written_news4: six articles in further registers: legal news (prosecutors, the
  Anti-Corruption Service, courts, LLPs), a KASE and AIFC listing with Latin-script company names,
  a political analysis with ministers, parties and foreign leaders, a district akim meeting
  villagers, boxing and wrestling abroad, schools and universities named after people;
- tests/data/written_news5 .. written_news8: further registers (each gold.json's `about` says which);
- tests/data/written_news9: a held-out measure of person recognition and person normal forms
  (akimat, court, sport, culture, business, education, health, agriculture, police, parliament),
  never used to write a rule;
- tests/data/written_foreign: a held-out measure of foreign person names and their normal forms in
  international news (EU politics, a gas dispute, a court case in Pakistan, a summit, sport, science
  prizes), never used to write a rule;
- tests/data/written_foreign2: a held-out measure of new foreign and regional person names (Pakistani,
  Arab, British, French, Italian, Polish, Georgian, Chinese, Kazakh, Uzbek), never used to write a rule;
- tests/data/written_foreign3: a held-out measure of person normal forms on foreign names nobody tuned for
  (an EU summit, elections in Pakistan, a trial in Milan, sanctions, a pipeline dispute, a trade deal, a
  refugee case, a football transfer), never used to write a rule;
- tests/data/written_foreign4: a held-out measure of person normal forms on foreign, Central Asian and Kazakh names
  in oblique cases (a trade war, a European election, a ceasefire, a tech court case, Nobel prizes, an Olympic
  qualification, a Central Asian summit, a UN report), never used to write a rule; first run at 9ab195b PER .960
  ORG .943 LOC .970, the same after round forms18, ORG .962 LOC .990 once three nested names were made optional;
  a development set since forms18 read its misses: round forms19 wrote rules from three of them, PER .960 -> .993;
- tests/data/written_news10: a measure of organisation and place recognition (regional
  roads, a court, a company, a ministry, football, a folk-music festival), held out until its
  misses were used to write the organisation and place rules of repair/titled.py;
- tests/data/written_news11: a measure of place and organisation recognition (a district
  akimat, a highway accident, a flood, a village school, a regional court, a plant, a national park,
  a boxing championship), held out until its misses were used to write the place and organisation
  rules of nlp/kazakh_places.py and repair/non_entities.py;
- tests/data/written_news12: a held-out measure of the whole pipeline (entities here, figures in
  test_written_figures.py): irrigation, a court, a bank, football, a hospital, railways, a city
  budget, an intergovernmental commission; never used to write a rule;
- tests/data/written_places2: a measure of places and their normal forms (village roads, a
  lake resort, foreign resorts, skiing abroad, a grain elevator, a water main, rail logistics to Europe,
  a spring flood): small towns, villages, districts, lakes, rivers and resorts in oblique cases; held out
  until its misses were used to write the rules of nlp/kazakh_places.py;
- tests/data/written_news14: a held-out measure of places and organisations (a district akimat, a village
  school, a road closure, a lake resort, a mine, a district hospital, a river flood, a regional court)
  dense in small Kazakh places in every case; its misses were used to write the place rules of
  settlements.py, kazakh_places.py and repair/places.py (lake and river nouns, undeclined -пе/-бе);
- tests/data/written_places3: a held-out measure of places and their normal forms (a river flood through
  districts, a road repair season, a tourist route, gas to villages, an interregional fair, a livestock
  census, a saiga migration, a railway to a border crossing); never used to write a rule;
- tests/data/written_news13: a held-out measure of person recognition and person normal forms
  (an akimat reception, a court, wrestling, a school olympiad, a theatre, a hospital, a farm
  cooperative, a parliament hearing), never used to write a rule;
- tests/data/written_news18: a held-out measure of new registers (an interview in questions and
  answers, a police brief, a weather report, boxing results, a foreign deal, vaccination, the Supreme
  Court, a news digest), never used to write a rule;
- tests/data/written_news19: new registers (an opinion column, results in prose, a ranking, rural
  elections, a religious holiday, an IT park, exports, social payments), a development set whose
  misses may be read to write rules;
- tests/data/written_news15: a held-out measure of the whole pipeline through a round of rules (a
  customs seizure, heating repairs, a theatre tour, a wind farm, resettlement quotas, fish stocking, a
  satellite launch, a financial pyramid), never used to write a rule, its misses unread;
- tests/data/written_news16: a held-out measure of persons (an award ceremony, an economic court,
  chess, a graduation, a concert, a clinic, a site accident, a Mazhilis working group);
- tests/data/written_news17: a held-out measure of organisations (a committee inspection, a tender,
  a university partnership, a hockey match, a bank merger, a party congress, an NGO report, a hospital
  network), never used to write a rule that stayed;
- tests/data/written_news21: a held-out measure of persons and places in new registers (a mosque
  restoration, a Kazakh theatre premiere, a rural olympiad, a Korean festival, a mountain rescue, a
  brucellosis quarantine, kokpar, a hydrologist's interview), never used to write a rule before its
  first run; its place misses were then read for the rules of the round that followed;
- tests/data/written_places4: a held-out measure of places and their normal forms (a flood on the
  Karatal, rural roads in Turkestan region, a mountain route, village gas supply, a station renovation,
  a border queue, a locust campaign, school bus routes), never used to write a rule;
- tests/data/written_news22: a held-out measure of person recognition and person normal forms on Kazakh,
  Korean, Uighur, Central Asian and foreign names (a Kazakh-Korean joint venture, a Uighur music evening,
  a border market, a court case with five defendants, foreign professors, a writers' anniversary, an
  Italian-Portuguese deal, a chess olympiad), never used to write a rule;
- tests/data/written_places5: a held-out measure of places and their normal forms (a storm warning, an
  archive show of renamed towns, a steppe fire, fish stocking, an earthquake felt in Almaty, a bird
  count, a cycling race, ferry crossings over the Ural), never used to write a rule;
- tests/data/written_news23: a held-out measure of organisation recognition and organisation normal
  forms (flood drills, a village school-gymnasium, a national oil company, a farm harvest, a court
  verdict, a football match, a university agreement, a hospital building), never used to write a rule;
- tests/data/written_news25: a held-out measure of person recognition and person normal forms (appointments
  of akims and vice-ministers, a mixed-martial-arts tournament, a literary jury, a diplomatic reception,
  doctors honoured, a bribery trial, an ice-drilling expedition, a Central Asian summit), never used to
  write a rule, its misses unread until the end of the round that wrote it;
- tests/data/written_news26: a held-out measure of organisation recognition and organisation normal
  forms (a builders' tax check, a warehouse fire, railway carriages, a district maslikhat session, a
  sowing campaign, a hockey match, a school laboratory, an oil contractor's court case), never used to
  write a rule before its first run; its organisation misses were then read for the name-form rules of
  the round that followed;
- tests/data/written_news27: a held-out measure of lone words typed as a person, a place or an
  organisation (sheep driven to summer pastures, a local-history book, a mobile post office, a search
  on Balkhash, a camel-milk cooperative, an inheritance case, a meteor watch, repatriates from Mongolia),
  never used to write a rule, its misses unread until the end of the round that wrote it;
- tests/data/written_news28: a held-out measure of organisation name forms (mobile operators, a volleyball
  semi-final, a study-abroad scholarship, a journalism award, fuel-price fines, a weightlifting team,
  charity foundations, a steel plant): Latin-script names also written in Cyrillic, quoted names in every
  case, long names with remits, federations with tails; never used to write a rule;
- tests/data/written_places6: a held-out measure of places and their normal forms (wolves and flocks in
  Abai region, a dig in Ulytau region, border outposts in Zhetisu region, ice crossings over the Irtysh,
  irrigation water in Turkestan region, a pasture court case in Kostanay region, Canadian wildfires, a
  drought in Spain, Portugal and Morocco), never used to write a rule;
- tests/data/written_news30: a held-out measure of person recognition and person normal forms (a ministry
  briefing, a football club's transfers, a seismology conference, teachers' awards, an akim meeting farmers,
  a writer's obituary, a film festival jury, an excavation in Turkey), never used to write a rule, its misses
  unread until the end of the round that wrote it;
- tests/data/written_places7: a held-out measure of one-word places in oblique cases and their normal
  forms (mobile clinics in Mangystau villages, a melon harvest in Turkestan region, fibre internet in
  Aktobe region, an apple harvest in Almaty region, hay making in North Kazakhstan, foot-and-mouth
  vaccination on the Kyrgyz border, a harsh winter in Mongolia, floods in northern Italy), never used to
  write a rule;
- tests/data/written_news31: a held-out measure of person recognition and person normal forms (a Mazhilis
  hearing, a chess tournament, a hospital's new chief, an investors' forum, a children's drawing contest, a
  police report, a novel's translation presented in Berlin, a visit to Seoul), never used to write a rule,
  its misses unread until the end of the round that wrote it.
- tests/data/written_places8: a held-out measure of places and their normal forms (intercity bus routes in
  Kostanay region, a mountain rescue above Almaty, a trade centre on the Uzbek border, a pilgrimage route in
  Turkestan region, a steppe fire in Altyn-Emel, rice-field reclamation on the Syr Darya, mudflows around
  Issyk-Kul, a flood on the Tobol in Russia), never used to write a rule, its misses unread until the end of
  the round that wrote it.
- tests/data/written_places9: a held-out measure of one-word villages and resorts that could be read as
  persons (school buses in Akmola region, sanatorium vouchers in Turkestan region, locust control in Almaty
  region, power restored in East Kazakhstan, a cycling race across Mangystau, the ski season in Tashkent
  region), beside persons whose surnames are built on place names; never used to write a rule, its misses
  unread until the end of the round that wrote it.
- tests/data/written_news32: a held-out measure of organisations, their boundaries, types and normal forms
  (a forest fire ban, heating tariffs before a town maslikhat, a robotics olympiad, land returned by a
  court, a cycling team, the post office and marketplaces, vaccines from WHO and UNICEF, an airline deal
  before the European Commission), never used to write a rule, its misses unread until the end of the
  round that wrote it.
- tests/data/written_news33: a held-out measure of organisations, their boundaries, types and normal forms
  (road repairs by a town akimat, a court on a heating tariff, school internships at universities, a
  kulan count in a national park, a boxing team, village water pipes), never used to write a rule, its
  misses unread until the end of the round that wrote it.
- tests/data/written_news34: a held-out measure of organisations, their boundaries, types and normal forms
  (an emissions inspection of a steel plant, an embezzlement sentence, a school science contest, a cardiac
  centre, a football match, village water pipes, parties before maslikhat elections, a wind farm financed by
  the EBRD and IFC), never used to write a rule, its misses unread until the end of the round that wrote it.
  First run at 95ef905, before any rule of its round (bench/gold_parts.py --gold tests/data/written_news34):
  PER 1.000, ORG 0.949, LOC 0.957; after the round's organisation rules (branch orgs11): PER 1.000,
  ORG 0.975, LOC 0.957.
- tests/data/written_places10: a held-out measure of one-word villages, towns and rivers in oblique cases and
  in lists (a library bus in Pavlodar region, honey in East Kazakhstan, an aitys in Kyzylorda region, school
  football in North Kazakhstan, a bridge on the Ilek, apricots in Batken), beside persons whose surnames are
  built on place names; never used to write a rule, its misses unread until the end of the round that wrote it.
- tests/data/written_places11: a held-out measure of places of every kind in oblique cases (mobile clinics in
  Abai region, roads in Ulytau region, the beach season on Alakol, transit trains through Dostyk, water pipes
  in rural districts of Karaganda region, tourists in Karakalpakstan, a flood on the Ural, trekking trails in
  Raiymbek district): one-word villages in lists and after a dash, the new regions, rural districts, rivers,
  lakes, a pass, a peak, foreign towns, places inside organisations' names; never used to write a rule, its
  misses unread until the end of the round that wrote it. First run (main at 2fd7af5, `.venv/bin/python
  bench/gold_parts.py --gold tests/data/written_places11`): PER 0.960, ORG 0.897, LOC 0.929; on the gold as fixed at the
  end of the round (three annotation mistakes, see its `about`) main and this round's branch alike: LOC 0.937.
- tests/data/written_places12: a held-out measure of places of every kind in oblique cases (gas pipes to villages of
  Zhambyl region, flights from Aktobe, spring sowing in North Kazakhstan, a fishing ban on Balkhash, schools in
  Atyrau region, routes in the Pamirs, a saiga census, buses from Pavlodar to Russia): one-word villages after
  prepositions and in lists, villages named after a surname (Чкалово, Тимирязево) or by an adjective (Одесское,
  Яровое), districts and regions coordinated, rivers, lakes, deserts, a pass, beside persons whose surnames are
  built on place names; never used to write a rule, its misses unread until the end of the round that wrote it.
  First run (main at b6b61ec, `.venv/bin/python bench/gold_parts.py --gold tests/data/written_places12`): PER 0.743,
  ORG 0.929, LOC 0.944; branch places12 at the end of its round: the same. A development set since (its misses
  read by round villages13, whose list and genitive rules lifted it to PER 0.839, LOC 0.954).
- tests/data/written_news35: a held-out measure of person recognition and person normal forms (a health
  department's new head, a teachers' award, a court verdict, a concert with foreign musicians, streets and
  villages renamed after people, a wrestling championship, a climate conference, a family bakery abroad),
  never used to write a rule; first run at 5a51548, before any rule of the round that wrote it: PER 0.961,
  ORG 0.933, LOC 0.978; the same after that round's person rules (branch persons14).
- tests/data/written_news36: a held-out measure of the whole pipeline on everyday registers, organisations and persons
  first (a regional court and prosecutor's case, a university and a research institute, a water utility's tariffs,
  an airline and an airport, a swimming federation's championship, a national museum's exhibition, KTZ's wagons
  and Samruk-Kazyna, an embassy and UNDP), figures in test_written_figures.py; never used to write a rule. First run
  at e66512b, before any rule of its round (bench/gold_parts.py --gold tests/data/written_news36): PER 0.988, ORG
  0.977, LOC 0.972; the same after that round's rules (branch news36).
- tests/data/written_news37: a held-out measure of the whole pipeline on everyday regional news (a district
  akimat's roads to auls and rural districts, a regional maslikhat's budget session, a spring flood on named rivers
  and villages, an agroholding and a former state farm, a hospital's day-surgery centre and a polyclinic, a
  college's students at a championship in Tashkent, a village mosque and the Uyghur ethnocultural centre, a
  border crossing and the customs of both sides), figures in test_written_figures.py; never used to write a rule,
  its misses unread until the end of the round that wrote it. First run at dd0c54e, before any rule of its round
  (bench/gold_parts.py --gold tests/data/written_news37): PER 1.000, ORG 0.987, LOC 0.966; the same at the end
  of that round (branch news37).
- tests/data/written_places13: a held-out measure of places of every kind in oblique cases (village roads in
  Kostanay region, honey in East Kazakhstan, irrigation water in Turkestan region, the Burabay resorts, Kazakh
  tourists on Issyk-Kul, a metro line to Almaty's microdistricts, routes in Mangystau, pastures in Kyzylorda
  region): one-word villages after prepositions and in lists, neuter villages in -ое/-ино, lakes named by an
  adjective, rivers, microdistricts, a rural district, beside persons whose surnames are built on place names;
  never used to write a rule, its misses unread until the end of the round that wrote it. First run (main at
  e66512b, `.venv/bin/python bench/gold_parts.py --gold tests/data/written_places13`): PER 0.914, ORG 0.941,
  LOC 0.928; branch places13 at the end of its round: the same. Its misses were read by places15 (the task's
  brief: Kazakh places typed as persons), so it is a development set from then on: PER 0.941 -> 1.000, LOC 0.962
  -> 0.967 there.
- tests/data/written_places14: a held-out measure of kinds of places earlier sets have little of (round places16):
  Almaty's streets, avenues, squares and microdistricts; gorges, passes, ranges, rivers and lakes in oblique
  cases; regions of Uzbekistan, Kyrgyzstan and Russia; Kazakh districts and rural districts; old and new town
  names side by side; places inside and after organisations' names; coordinated regions; adjectives that are
  not places. First run, written before any rule of the round (main 9ab195b, `.venv/bin/python
  bench/gold_parts.py --gold tests/data/written_places14`): PER 0.667, ORG 0.952, LOC 0.913; branch places16 at
  the end of its rules: PER 0.690, ORG 0.952, LOC 0.917. Its misses read then: the old names of a town the
  gazetteer names by its new one (Нур-Султан, Семипалатинск, Капшагай) made aliases of one place, as
  written_places4/5/8 do: main PER 0.667, ORG 0.952, LOC 0.932; places16 PER 0.690, ORG 0.952, LOC 0.935.

FLOORS is a golden figure a person can edit: raise a floor when a change lifts a type, never
lower one to let a change through. The misses are printed (`pytest -s`) to show what is left.
"""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.evaluation.doclevel import run_entities, score_gold_docs

DATA = Path(__file__).resolve().parent / 'data'
# folder -> floor per type
FLOORS = {
    'written_news': {'PER': 0.977, 'ORG': 0.949, 'LOC': 1.000},
    'written_news2': {'PER': 0.990, 'ORG': 0.988, 'LOC': 1.000},
    'written_news3': {'PER': 1.000, 'ORG': 0.968, 'LOC': 0.990},
    'written_news4': {'PER': 0.986, 'ORG': 0.980, 'LOC': 1.000},
    'written_news5': {'PER': 1.000, 'ORG': 0.978, 'LOC': 1.000},
    'written_news6': {'PER': 1.000, 'ORG': 0.976, 'LOC': 0.976},
    'written_news7': {'PER': 1.000, 'ORG': 0.966, 'LOC': 0.950},
    'written_news8': {'PER': 1.000, 'ORG': 0.957, 'LOC': 0.984},
    'written_news9': {'PER': 1.000, 'ORG': 0.956, 'LOC': 0.984},
    'written_foreign': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.988},
    'written_foreign2': {'PER': 0.973, 'ORG': 0.983, 'LOC': 0.947},
    'written_foreign3': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.978},
    'written_foreign4': {'PER': 0.985, 'ORG': 0.955, 'LOC': 0.985},
    'written_news10': {'PER': 1.000, 'ORG': 0.973, 'LOC': 0.980},
    'written_news11': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.964},
    'written_news12': {'PER': 1.000, 'ORG': 0.952, 'LOC': 0.908},
    'written_places2': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.981},
    'written_news13': {'PER': 1.000, 'ORG': 0.900, 'LOC': 0.958},
    'written_news14': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.960},
    'written_news16': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.909},
    'written_places3': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.976},
    'written_news18': {'PER': 1.000, 'ORG': 0.988, 'LOC': 0.972},
    'written_news19': {'PER': 1.000, 'ORG': 0.981, 'LOC': 0.968},
    'written_news15': {'PER': 1.000, 'ORG': 0.940, 'LOC': 1.000},
    'written_news17': {'PER': 1.000, 'ORG': 1.000, 'LOC': 1.000},
    'written_news21': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.973},
    'written_places4': {'PER': 1.000, 'ORG': 0.923, 'LOC': 0.973},
    'written_news23': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.976},
    'written_news22': {'PER': 1.000, 'ORG': 0.977, 'LOC': 0.984},
    'written_places5': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.990},
    'written_news25': {'PER': 1.000, 'ORG': 0.972, 'LOC': 1.000},
    'written_news26': {'PER': 1.000, 'ORG': 1.000, 'LOC': 1.000},
    'written_news28': {'PER': 1.000, 'ORG': 0.978, 'LOC': 0.952},
    'written_news27': {'PER': 1.000, 'ORG': 0.933, 'LOC': 0.943},
    'written_places6': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.985},
    'written_news30': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.970},
    'written_places7': {'PER': 1.000, 'ORG': 0.947, 'LOC': 0.969},
    'written_news31': {'PER': 1.000, 'ORG': 1.000, 'LOC': 1.000},
    'written_places8': {'PER': 1.000, 'ORG': 0.995, 'LOC': 0.935},
    'written_places9': {'PER': 1.000, 'ORG': 0.923, 'LOC': 0.975},
    'written_news32': {'PER': 1.000, 'ORG': 0.981, 'LOC': 0.979},
    'written_news33': {'PER': 1.000, 'ORG': 1.000, 'LOC': 0.949},
    'written_places10': {'PER': 0.888, 'ORG': 0.920, 'LOC': 0.895},
    'written_places11': {'PER': 0.999, 'ORG': 0.960, 'LOC': 0.953},
    'written_news34': {'PER': 0.990, 'ORG': 0.965, 'LOC': 0.945},
    'written_places12': {'PER': 0.838, 'ORG': 0.960, 'LOC': 0.960},
    'written_news35': {'PER': 0.983, 'ORG': 0.930, 'LOC': 0.977},
    'written_news36': {'PER': 0.985, 'ORG': 0.975, 'LOC': 0.970},
    'written_places13': {'PER': 0.990, 'ORG': 0.935, 'LOC': 0.960},
    'written_news37': {'PER': 0.985, 'ORG': 0.975, 'LOC': 0.955},
    'written_places14': {'PER': 0.685, 'ORG': 0.950, 'LOC': 0.930},
}


def read_gold(folder):
    documents = json.loads((DATA / folder / 'gold.json').read_text(encoding='utf-8'))['documents']
    return [SimpleNamespace(id=document['doc_id'], entities=document['entities']) for document in documents]


@pytest.fixture(scope='module')
def tables(nlp, tmp_path_factory):
    """folder -> its score table, run once for all the sets."""
    from pipeline import run
    scored = {}
    for folder in FLOORS:
        result = run([DATA / folder], output_dir=tmp_path_factory.mktemp(folder), nlp=nlp)
        found = run_entities(result.tables['mentions'].to_dict('records'), result.tables['entities'].to_dict('records'))
        docs = read_gold(folder)
        scored[folder], errors = score_gold_docs(docs, [found.get(doc.id, set()) for doc in docs], corpus=folder)
        for error in errors:
            print('  ', folder, error)
    return scored


@pytest.mark.parametrize('folder', sorted(FLOORS))
def test_every_article_has_gold(folder):
    assert sorted(path.stem for path in (DATA / folder).glob('*.txt')) == sorted(doc.id for doc in read_gold(folder))


@pytest.mark.parametrize('folder, type', [(folder, type) for folder in sorted(FLOORS) for type in sorted(FLOORS[folder])])
def test_written_news_f1(tables, folder, type):
    assert tables[folder].rows[type]['F1'] >= FLOORS[folder][type], (folder, type, tables[folder].rows)
