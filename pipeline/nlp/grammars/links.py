"""Which figure is a part of which total, and which figure describes which: `part_of` and `with`.

    `86 человек, в том числе 17 детей`                  17 part_of 86       (a cue: в том числе, из них, ...)
    `два из 11 корпусов`                                два part_of 11
    `5 167 избирателей ..., явка составила 61,4%`       61,4% part_of 8 412 (a share: 5 167 / 8 412 = 61,4%)
    `100 мероприятий (6 тысяч участников)`              6 тысяч with 100    (people in brackets after a count)
    `14 участках общей протяженностью 1 600 км`         1 600 км with 14    (a measure of the counted things)

    `9,4 млрд тенге: 7,1 млрд ..., 2,3 млрд – из местного`  7,1 млрд part_of 9,4 млрд (parts that add up to it)
    `построено 120 школ: в Туркестанской области – 30 школ`  30 школ part_of 120 школ (a colon or dash after a total)
    `120 мероприятий, в которых приняли участие 6 тысяч человек`  6 тысяч with 120 (a coverage word between)
    `200 км дорог за 24 млрд тенге`, `Стоимость 40 трамваев составила 32 млрд`  the money with the count
    `компенсацию по 10 млн тенге` after `12 погибших`      10 млн with 12 (money paid each)

The `with` rules are in grammars/described.py. Links are indexes into the document's list of figure spans
(doc order), None where there is none;
`figure_links` returns one (part_of, with) pair per figure.

Rules kept are those that scored on the check part of the development data as well as on the
tune part (bench/gold_parts.py); parts that add up to a total, a relative clause after a count
(`12 ярмарок, через которые ...`), `это N` and `на эти средства` helped only the tune part.
Tried later and left out for the same reason (tune up, check unchanged or worse):
a total followed by a colon or dash and its parts (`9,4 млрд тенге: 7,1 млрд ..., 2,3 млрд ...`,
`9 наград – 4 золотые, 2 серебряные и 3 бронзовые`); gapped parts in the sentence after a total
(`На центральном уровне – 100 мероприятий, на районном – 400`); the last part that makes a total
exactly (`... 412 голосов. Недействительными признаны 133 бюллетеня` of 5 167 voters); a bare number
taking the noun of the figure before it; people as parts of people (`12 иностранцев` of `40 человек`);
`по N` / `на каждого` and `для N человек` for `with`. Fired on check and were wrong there: the cues
`включая`, `среди них`, `в частности`; `Из них N` / `Из них N%` across sentences taking the last count;
money `на` + a count (`2 млрд тенге на ремонт 15 школ`). `N% от общего числа` changed nothing anywhere.
Tried after those, on the tune errors of bench/figure_misses.py and the classes of the issue, and left out
(kz-dev links, bench/gold_parts.py): a total marked `всего`, `общей площадью`, `в общей сложности` taking
the smaller figures of its kind after it, in its sentence or the two next, as parts (`127 участков общей
площадью 1 240 гектаров. Около 430 гектаров ...`): tune R .517 -> .552, check P .667 -> .571 (two links
more on check, none right). Changed nothing on tune or check: people counted after a count of things with
a coverage word between (`20 семинаров, в которых приняли участие 600 человек`, `охвачено`, `посетили`,
`с участием`); the price `за N тенге` right after a count; a measure noun before the count (`Стоимость
30 автобусов составила 900 млн тенге`); a share whose part follows it (`явка составила 75% (1 500 человек)`).
More measure nouns (`бюджет`, `размер`, `финансирование`, `инвестиции`, `цена`, `тираж`, ...): tune P
.938 -> .882, check unchanged.
Taken in later by the rule that a rule stays when the check part does not drop and the tune part or the phrase
table (tests/data/kz_link_phrases.tsv) rises (kz-dev links, tune P/R, check P/R; before .941/.485, .786/.256):
`«Из 13 боксеров, ... девять` after an opening quote, tune .944/.515, check unchanged; parts that add up to
the total right before them, in its sentence or the next (no shares, no totals under 10: `на 5%, ... на 2%,
... на 3%` is no breakdown), and the parts after a total and a colon or dash, tune .950/.576 (each alone the
same), check unchanged. Only the phrase table rises, tune and check unchanged: the coverage word, `за N тенге`
and `стоимость N`, money `по N` each, parts before a total marked `всего` / `итого` / `в общей сложности` that
add up to it (no new link on NEREL train either), and `в том числе N` taking the one count (no unit) of its
sentence before the cue (`12 объектов на сумму 5 млрд тенге, в том числе 4 школы`). Changed nothing on tune or
check: three figures or more of a total's noun in the sentence after it, adding up to no more than it. Left
out: `на это` after a count, `тиражом` (see above). The new links these made on NEREL train (not scored for
links) were read: the wrong ones gave the guards of a sum (an exact total, no count of times: `более 20
спасателей`, `13 раз`), of a colon (a space after it: `23:00`), of `за` (a noun before it: not `строчек
продана за`) and of `по N` (the count close before it: not `в 3-4 раза, ... и ещё по 100 млрд руб.`).
Added later (kz-dev links tune P/R .950/.576 -> 1.000/.912, check unchanged .786/.256; NEREL figures unchanged): a
part's noun left out in the text though the grammar names it (`9 наград – 4 золотые, ...`: is_elliptic reads the
span), such a part taking its total's noun (part_objects), a breakdown sentence of one noun three times or more a
few sentences after its total (breakdown_parts), and in grammars/described.py (the `with` rules) money taken up by
`на эти средства`, a relative clause after a count and `это N` people after a count of places. Then the counts right
after a total's known parts that make up exactly the rest of it (rest_parts: `... 412 голосов. Недействительными
признаны 133 бюллетеня`), tune R .912 -> .941, check unchanged; no new link on NEREL or FactRu. Of all these, only
the relative clause made a link outside kz-dev tune (NEREL train: `650 происшествий, в которых погибли 65 человек`,
people of the events). A count followed by `из них` (`2 000 выпускников, 1 800 из них`) is a total, and an age or a
term after `из них` (`половина из них – молодежь до 29 лет`) no part: tune and check unchanged, for the phrase
table. Left out: money after a cue taking up the things counted before it (`на это`, `на эти цели`, `Их общая
стоимость`) or after `обойдется в`: one link more on check, wrong (P .786 -> .733). Then, for the phrase table
(kz-dev tune and check unchanged): `N% из них`, a share after `Из N ...` and all the like parts after it that stay
within it, and people in a clause of `где` after a count of places (`28 сел, где проживают 17 тыс. человек`). On
NEREL and FactRu tune these and the `из них` rules above took out one wrong link (`два студента, каждому из которых
по 21 году`) and made two right ones (`29 комитетов, 15 из них`, `650 происшествий, в которых погибли 65 человек`).
Then, from the error classes of twelve articles written for the project (tests/data/written_figures; kz-dev links
check P/R .786/.256 -> .870/.435, tune unchanged; written set .915/.628 -> .977/.913): a bare part (`из них 30 –
представители`) takes its total's noun; `включая`, `среди них` only with a total of the part's own kind; `Из этой
суммы`, `Из общего объема` as cues; `В их числе` after a sentence of one count (another noun: `186 единиц ... В их
числе 2 аппарата`); a share naming its total by the subject of an earlier sentence (`41% выручки`) and the amount
after it and `или`; the like figures after a known part in its sentence or filling the next (sibling_parts); in
described.py a count `на` a figure (`48 домов на 9 600 квартир`), `на строительство N школ ... M тенге`, `за счет
которых`. Left out: money after `на эти цели` / `на их строительство` taking up the count before (check P .870 -> .800).
Then, from the error classes of a second written set (tests/data/written_figures2: P/R .914/.679 -> .988/.977;
kz-dev tune and check links unchanged, first written set unchanged): the share rules move to grammars/shares.py;
sizes of a change (`увеличившись на 172 тыс. человек`) are no parts nor totals of a sum; a total opening the
sentence after its parts with `всего` / `итого` / `в общей сложности`, a count the money of a part pays for passed
over; `Остальные N` closing a breakdown that adds up (rest_cue_parts); `Из него`, `Из нее`, and `Из числа` + people
(the people counted before) as cues, `в частности` after such a cue a part of the part; a share after a part and
`, или` a share of the part's total; a bare number before a dash (`212 – руководители`) is a list item, not a total,
and bare numbers are siblings; in shares.py `N% от доходов`, a list of shares after a colon naming its subject,
`N% от общего числа X`; in described.py a noun phrase before `за`, `по цене N`, a prepositional phrase before a
relative clause (`40 дел о мошенничестве, по которым`) and spending list items (`закупка 40 автобусов – 6 млрд`).
Then, from the error classes of a third written set, written before the pipeline ran on it and annotated by hand
(tests/data/written_figures3: P/R .964/.628 -> 1.000/.868; kz-dev tune and check links unchanged, the first two
written sets unchanged or up, NEREL/FactRu/BSNLP scores unchanged): the rules that find a breakdown without a cue
move to grammars/breakdowns.py; there, counts each of its own noun after a total and a colon that add up to it
exactly (`40 объектов: 25 пунктов, 10 амбулаторий и 5 поликлиник`, people no kind of things), a breakdown sentence
of money as of a noun (`Больше всего направлено на образование – 131 млрд тенге, ...` after expenses), a second
breakdown of a total whose first part stands nearer (by region after by crop), and bare numbers in a sentence that
names the noun of a count before (`210 школ. Больше всего новых школ – в Туркестанской области – 84, ...`); a
figure of another kind and a colon after a part cue end its reach (`Из этой суммы 96 млрд ...: приобрели 4 100
тракторов`); `включая` people of a count of `человек`. In grammars/takenup.py a sentence opening by pointing back to
the things counted before (`Их стоимость`, `На их строительство`, `В них`, `в этих селах`) gives their cost or their
people, the whole of a list taken up; money after `, на что`; people a relative clause names as participants
(`участниками которых стали`). In described.py the population of places (`с населением`) is their measure, and a
capacity (`больницы на 450 коек`) takes no measure after it (`стоимостью 42 млрд` is the hospital's).
Then, from the error classes of a fourth written set, links written across sentences (tests/data/written_figures5,
first P/R .882/.429 -> .911/.586; kz-dev tune and check links unchanged, the other written sets unchanged or up, no
new link on NEREL train or FactRu): the figures of a total's kind in the sentences right after it, two or more in
the first, within it (following_parts in breakdowns.py: revenue by segment, houses by district, people of people),
and money `на` a work with the next sentence opening on that work's verb and a count (done_links in takenup.py:
`На ремонт дорог выделено 18 млрд тенге. Отремонтировано 214 км`); in shares.py a share with a decimal opening
the sentence right after its part (`участвовали 37 260 избирателей. Явка составила 63,8%` of 58 400); in takenup.py
`Их посетили N` people with the things counted before. Left out (kz-dev check links P/R, before
.870/.435): the run opening with one figure (.793/.500; of counts alone .769/.435; of money alone .885/.500, but
`Экспорт 58 млрд. Импорт достиг 39 млрд` and a sum `по N` each made two wrong links on the first two written sets);
a bare number as a part of a count (nine wrong links on FactRu, a numbered list of candidates and their votes);
`Общая стоимость ...`, `Их общая стоимость` taking up the count before (.852/.500 with the money run of one figure,
.885/.500 without); `На эти цели` taking up the count of things or people ending the sentence before, no money in
it (.821/.500), and of things only, with the run of two sums (.833/.435).
Then, from the error classes of tests/data/written_figures6 and written_figures7 (links P/R .818/.692 -> .833/.769
and .840/.819 -> .948/.879; kz-dev tune and check links unchanged; held out: tests/data/written_figures8): a figure
given to compare (`при плане N`, `при прогнозе N`, `против N`) is no total for the cue after it; the count right
before a cue's comma is its total when the sentence holds two counts (`На 39 мандатов претендовали 214 кандидатов, в
том числе 62 ...`); a cue's reach ends at a relative clause (`в том числе 40 – в больницах, где работали 6 800
...`) and passes over both ends of a change (`с 14% до 11%`); after the cue's part, a count of things unlike it is
no part of people (`320 строителей, из них 40 инженеров, и 45 единиц техники`; any count of things at first, the
people's part, took out `9 перевозчиков, в том числе 3 лоукостера` on the held-out set); money used (`освоено`, `израсходовано`) right after the
money set aside (`выделено`, `предусмотрено`) is a part of it (spent_parts in breakdowns.py); a figure in a sentence
opening with a difference (`Экономия составила 1,6 млрд тенге, или 13,6%`) is no part without a cue. On NEREL train
and FactRu these change no link.
Then (written_figures6 .833/.769 -> .917/.786, written_figures7 .948/.879 -> .949/.904, kz-dev and NEREL/FactRu
links unchanged): a part with its noun left out after a count and its capacity or cost is a part of the count
(`24 детских сада на 5 600 мест, из них 17 – частные`), and in takenup.py money `– на школы` with the count of that
noun made or bought in the sentence before or after (`Будут построены 3 школы`; not `Сейчас ходят 60 автобусов`).
Then, from the error classes of written_figures8 (held out until then), written_figures5 and written_figures6 and
kz-dev tune, with a new held-out set written and annotated first (tests/data/written_figures9: links P/R .822/.597 ->
.830/.619): a part with no noun after `Из них` opening a sentence takes up the nearest figure that can hold it, not
the first count (taken_up_total), the cost of counted things passed over unless the things cannot hold it; the next
bare item of such a list the same total; `каждый из которых`, `ни один из которых` no part cue; a count's genitive
noun between it and the cue's comma (`60 единиц техники, в том числе`); a figure after `из` of another kind is where
a count comes from (origin_head); a bare part after a part of the same total takes that part's noun (part_objects);
parts that add up to a total exactly in the two sentences after it, its measure passed over and no run with a balance
in it (`сальдо`: figure_facts.names_difference); `Остальные N` completing known parts; in takenup.py `в составе
которых` people, `, на это` / `, на эти цели` money, the counted things named again by their plural noun and a verb
of visiting (`Матчи сезона посетили 1,02 млн зрителей`); in described.py people `для` whom counted things are and
money `, каждый обошелся в`. kz-dev links check .870/.435 -> .885/.500, tune 1.000/.941 unchanged; written_figures8
.756/.660 -> .909/.769, written_figures5 .911/.586 -> .913/.600, written_figures4 .855/.812 -> .868/.815; NEREL and
FactRu scores identical (two right links more on NEREL train: `Из них четверо ..., пятеро ...`). Left out: a sentence
opening on the largest part (`Больше всего ... – 54 тыс. человек`, `Основная доля – 71%`, `Самый крупный лот`) as a
part of the total of its kind in the sentence before (written_figures8 P/R .878/.706 -> .911/.804, written_figures5
.911/.586 -> .917/.611 when tried), one wrong link more on kz-dev check and none right (P .870 -> .833, with a guard
of averages and a narrower reach too); `Их общая стоимость` taking up the count before: it took the last item of a list, not its total, on the
held-out set (P .830 -> .812).
Left out too: a learned fallback (a logistic regression over pairs of figures the rules left unlinked and the
figures before them: kinds, nouns, values, distances, the words opening the part's sentence and between the two),
trained on kz-dev tune, the seeds' tune part and written_figures .. written_figures8 with its threshold chosen by
leaving one set out in turn. The rules had been written from the same sets, so it saw only 52 `part_of` and 25
`with` links they miss; switched on it added no right link on any held-out set (written_figures9, written_figures10,
written_news12, kz-dev check) and lowered written_figures10's precision (.840 -> .808).
Then, from the link misses of written_figures8 .. written_figures11, written_news12 and kz-dev tune, with
tests/data/written_figures12 written and annotated first and held out: a total after `из` and a participle
(`из выделенных на объекты 1,8 млрд тенге подрядчик похитил около 412 млн`, from_phrase; not after a genitive
noun: `Из дополнительных средств 9,2 млрд` is the part), a part with its noun left out after a dash
(`Городское население 12,8 млн человек, сельское – 7,5 млн`: following_parts), and in grammars/part_guards.py the parts a figure's own words rule
out (money of a count, a sum `по N` or `N каждый`, a capacity of another noun's count, a count of another noun
after a cue's part in the total's measure). kz-dev links check P/R .885/.500 -> .920/.500, tune unchanged;
written_figures10 R .636 -> .697, written_figures11 P/R .500/.455 -> .583/.636, written_news12 .833/.556 ->
1.000/.667, written_figures9 P .851 -> .930, written_figures4 P .868 -> .892, no set lower. Then a sentence
opening on the largest part (`Больше всего – 210 км – в ..., в ... – 160 км`, `Больше всего отказов ... – 1 900, в
... – 1 100`) with two parts or more: its first figure, between dashes, no total for the figures after it
(colon_parts), its bare dashed figures parts in following_parts, and the item naming the noun a part in
named_bare_parts (written_figures8 R .707 -> .810, written_figures9 P/R .930/.615 -> .977/.661, written_figures5
.913/.518 -> .915/.531, kz-dev unchanged). A single largest part stays left out (see above). Then a cue taking
up a total by its noun (`из общей суммы расходов`) takes the figure that noun names (`расходы – 640 млрд`), not
the nearest (named_total: written_figures11 P/R .583/.636 -> .750/.818, nothing else changed). Left out: people at
large (`человек`) no part of a kind of people without a cue (`родились 372 тыс. детей, умерли 131 тыс. человек`):
kz-dev check R .500 -> .478, tune R .941 -> .912; a run holding `прирост` no sum of parts: kz-dev check R .500 ->
.435. Then a team's people after a total of people from several countries (grammars/delegations.py: `420
спортсменов из 24 стран. Казахстан представляли 30 борцов`): written_figures9 R .661 -> .677, written_figures10
P/R .857/.727 -> .862/.758, kz-dev unchanged. In takenup.py `Их закупили ... на сумму N` the cost of the things
counted before (written_figures9 R .677 -> .692); `Стоимость одной станции` left out (`одной` is a figure itself).
Left out: parts told roughly (`около`) in following_parts, their sum let a little over the total (`20 млн 380 тыс.
человек. Городское население 12,9 млн человек, сельское – около 7,5 млн`): written_figures10 R .697 -> .727, but
two wrong links more and none right on the held-out tests/data/written_figures12 (P .920 -> .852).
Then, from the misses of written_figures12 and written_news15 (free to read from then on; tests/data/written_figures13
written and annotated first and held out), sorted first. written_figures12, 34 part_of misses: 23 parts in a later
sentence with no cue of the text's lede sum of money or measure (the budget's items, the harvest by crop, exports by
buyer and by goods, housing by city, a fund's spending; two of them figures the grammar does not find), 11 parts of a
lede's count (medals, people, flats); 4 `with` misses (an `Это N` after a measure, the cost of counted things before
it, the people of events the grammar does not find). written_news15: 3 `with` across sentences (`Каждый из них`, `На
эти работы`, `Стоимость молоди`), a bare total after `из` (`212 котельных из 219`), a lede's measure of another status.
kz-dev tune: one part of a lede measure (`Около 430 гектаров`). The cue rules move to grammars/cues.py.
grammars/ledes.py: the first sum of money or measure of a unit in the text's first two sentences takes the smaller
sums of its unit and status in the sentences after it, a run with at most one sentence between two parts; passed
over: changes and the levels they reach (`вырос до`), the cost of counted things (`300 займов на 40 млрд`), a sum of
another account or activity (`Импорт` after `Экспорт`, `переработали` after `добыто`); the run ends at a larger sum,
a sum of another status or of what remains or of each, and a sentence turning to another account with no sum of the
lede's kind (`Доходы вырастут на 3%`). written_figures12 P/R .920/.404 -> .947/.632; kz-dev tune and check unchanged
(1.000/.941, .920/.500), every other written set unchanged. Each guard came from a wrong link on the earlier written
sets (written_figures .. 11) or the phrase tables: without them written_figures, 2, 4, 6 lost precision (seven wrong
links, none right). Left out: the lede's counts of things and people (`родились 61 тыс. детей ... умерли 12,8 тыс.
человек` after the population); `из общего объема` taking the largest figure of its kind (changed nothing:
`квадратных метров` and `кв. м` are read as two objects); the lede's reach without the run, up to six or eight
sentences on (kz-dev check P .920 -> .889, one right link more and one wrong).
On the held-out written_figures13 (bench/gold_parts.py --gold tests/data/written_figures13) the lede rule made three
right links and three wrong (P/R .909/.508 -> .846/.559): a bank's loans by sector taken as parts of the loan book
of the lede, not of the sum lent between (`48 тыс. займов на 1,9 трлн тенге`). The cost of counted things then ends
the lede's run instead of being passed over (P/R .917/.559; every other set and kz-dev unchanged); written after
reading those misses, so that set no longer measures it. Measured on a fresh held-out set, tests/data/written_figures14
(ordinary news, written and annotated before any run, scored once on each version): links P/R .679/.422 without the
lede rule, .750/.600 with it (FIG and status the same); written_news20 and kz-dev unchanged. A lede told roughly
(`почти 4 кг`) is no total: the rule's one link on NEREL train, wrong, is gone.
Then, from the link misses of written_figures13, 12, 10, written_news15 and kz-dev tune, sorted first: parts of a
lede count in later sentences with no cue (tourists by country, pupils, population by town and country, medals,
people hurt, loans: 3 sets, 22 misses), parts of a money lede whose total is the cost of counted things in the lede
(`48 тыс. займов на 1,9 трлн тенге`, `740 проектов на общую сумму 96 млрд`: written_figures13 only), parts of a
lede in another status (budget items planned after a budget read as done: written_figures12, status), `with` across
sentences (`На эти работы`, `Стоимость работ` after works done: written_news15 and written_figures9; `Каждый из
них`, `Это N квартир` after a measure: one set each, and `это N` is annotated in both directions), totals after
their parts (`Всего ... 230 домов` after 96, 54, 31: written_figures13 only), money before `на строительство N`
(left out before: it fired wrong on kz-dev check). Kept: in ledes.py the lede count (the first count of a noun in
the first two sentences, ten or more, not after `это`, not the measure of a figure) takes the smaller counts of its
noun in the run after it, and a figure with its noun left out right after such a part; guarded: a flow (`родились`,
`умерли`, `открыто`, `новых`, `Естественный прирост`) is no part of a stock counted in a sentence telling none, nor
the other way round (`было 20 школ. В 2024 году открыто 8 школ`, `Построено 30 школ. ... 8 школ получили
компьютеры`), a count its sentence names by its group (`Число безработных` after `Численность занятого
населения`) is its own, and another kind of the thing counted (`Крупного рогатого скота` after `голов мелкого
рогатого скота`) is no part. Each guard came from a wrong link on written_figures2, 3, 9 and 13 first made
without it. Written links P/R: written_figures5 .917/.543 -> .923/.593, written_figures10 .852/.697 -> .862/.758,
written_figures13 .917/.559 -> .921/.593; kz-dev tune and check unchanged (1.000/.941, .920/.500). In takenup.py
money opening a sentence on the cost of works (`На эти работы направлено`, `Стоимость работ составила`) is `with`
the first count or measure of the sentence before when that sentence tells works done (`отремонтируют 210 км
дорог`; not `На эти цели` after `прошли 40 ярмарок`): written_figures5 R .593 -> .605, written_figures9 R .692 ->
.708, written_news15 R .571 -> .643, kz-dev unchanged. On the held-out written_figures14, scored once before and
once after: links P/R .750/.600 -> .757/.622. Left out: the first three sentences as the lede (written_figures,
2, 3, 5, 9, 12 lost precision, kz-dev unchanged); the flow guard on every part rule, not the lede's only (phrase
rows of cue parts broke, written_figures R .935 -> .913, kz-dev check P/R .920/.500 -> .913/.457); the sum lent
in the lede (the cost of counted things that ends a lede's run) as the total of the sums after it (written_figures13
R .593 -> .644, nothing else changed: one set only, and a phrase row of the last round says no); people at large
(`человек`) as parts of a lede count of a kind of people (`760 тыс. человек` of `2,4 млн туристов`: `В голосовании
участвовали 8 150 человек` of `12 500 избирателей` when the turnout does not fit).
Then, from the link misses of written_figures13, 12, 10, 9, 5 and written_news15 (kz-dev tune: two misses, neither of
a recurring class), sorted first with counts: parts of a lede count told with no cue (people at large of a kind of
people, grants of projects, medals `с 74 медалями`: 5 sets, about 30 misses, most left out before for precision);
`with` money after `На эти цели`, `Их общая стоимость`, `Общая стоимость строительства` (wf5, wf9, written_news15: 7
misses; left out three times before for wrong links on kz-dev check and the held-out sets, not retried); births and
deaths linked as parts of each other or of the population (wf5, wf10: 4 wrong links); a sentence opening on `Каждый
из них` / `Каждой` (wf9, written_news15: 3 misses); `N из них` opening a sentence (wf5: 3 misses, wf9 one whose
figure is not found), its dashed sibling then linked to it (wf5, wrong); a total after its parts that they do not
make up (`Всего в области подтоплено 230 домов` after 96, 54, 31; `Всего в перечень включено 180 улиц` after 26:
wf13 only, a class of the issue), and a sentence opening on `Больше всего` taken as the total of the figures after
it (wf13, 2 wrong). Kept (links P/R before -> after, kz-dev tune and check unchanged 1.000/.941, .920/.500, every
other written set unchanged, held-out written_figures14 unchanged .757/.622, NEREL figures unchanged):
  in part_guards.py, what comes in and what goes out (`родились`, `прибыли` / `умерли`, `выбыли`, read in the
  figure's clause) no part of each other in a sum (exact_parts: births = deaths + natural increase is no
  breakdown), and the flow guard of the lede count (moved from ledes.py) in following_parts, counts only
  (`Проложено 740 км сетей. ... построено 160 км` are measures laid alike): written_figures5 P .946 -> .982,
  written_figures10 P .862 -> .926, nothing else changed;
  in cues.py `N из них` opening a sentence a part of the figure of its kind in the sentence before (the nearest
  that can hold it when it names no noun) and its dashed bare siblings too, a cue right after a figure that
  figure's own (not a cue for the figures after it: `3,2 тыс. из них ..., 1,8 тыс. – из ...`): written_figures5
  .980/.613 -> .982/.654;
  in breakdowns.py a sentence opening on `Всего` / `Итого` / `В целом` / `В общей сложности` and a count: the
  counts of its noun in up to three sentences right before it, each smaller and together no more than it, are its
  parts (closing_parts; a price `по цене N` or an average `в среднем` passed over, a flow told of one and not the
  other ends the run), and a figure in a sentence opening on `Больше всего` is no total in following_parts nor a
  lede count: written_figures13 .921/.583 -> .975/.650. Money stays with the exact sum of sum_after_parts: a sum
  named by its purpose (`Всего на программу направят 10 млрд тенге` after `Алматы получит 4 млрд`) may total other
  sums than those before it (a phrase row of an earlier round says no link; the first version, money in and no
  guard of prices, lowered written_figures2 P .988 -> .965);
  in takenup.py the first figure of a sentence opening on `Каждый из них` / `Каждой` and a verb (not `Каждый год`)
  `with` the last count of the sentence before, the end of its range too (each_of_them_links): written_figures9 R
  .708 -> .723, written_news15 R .643 -> .786 (its P reads 1.100: gold lists the link of `от 25 до 30 фур` twice).
On NEREL train these changed two links, both now right: `29 комитетов, 15 из них возглавят ..., 6 — КПРФ и по 4 —
...` (6 and 4 were parts of 15, the cue being that figure's; now of 29).
Left as they were, with the reason: the money parts of the cost of counted things (`48 тыс. займов на 1,9 трлн
тенге` then loans by sector): the sum lent is said of the loans (`with`), and a phrase row of the last round keeps
the sum of counted things from being the total of the sums after it; the sectors' money is a breakdown of the sum
lent only when the text says so, so not changed. Budget items planned under a budget read as done: the lede's
status guard is right to stop there (a plan is no part of what was done); the fault is the status of `утвердил
бюджет ... в объеме N` (a target), which is not a link rule's to mend (projects.budget_for_year now reads a budget
adopted for a year as a target: written_figures12 status .981 -> .991, links R .683 -> .750).
Then, from the link misses of written_figures15, 13, 12, 10, 9, 5, written_news15 and kz-dev tune (written_news21..23
annotate no figures), with tests/data/written_figures16 written and annotated first and held out, sorted first with
counts (about 110 misses, 8 wrong links): parts of a lede count or sum told with no cue in later sentences (6 sets,
about 50; mostly classes left out before for precision: one-figure runs, people at large of a kind of people, `Еще N`);
the cost of counted work in its own sentence (`На строительство и оснащение 12 комплексов направлено 41 млрд`, `Ремонт
26 улиц обойдется в 4,3 млрд`, `12 млрд тенге направят на строительство 9 развязок`, `, на их покупку`, `каждый
обошелся` after a phrase: 5 sets, 8); `with` money across sentences (`На эти цели`, `Их общая стоимость`: 4 sets, 8,
left out three times before, not retried); shares in a later sentence (`78% саженцев`, `50% чистой прибыли` seven
sentences on, `в этом объеме ... 62%`: 4 sets, 7, each another construction); a measure in full and abbreviated
(`17,2 млн квадратных метров` then `2,6 млн кв. м`: written_figures12, 10: 6, the grammar reads the first as `метр`);
`N <noun> из M` with M bare (written_figures15, written_news15: 2); `Среди` and people named (`Среди эвакуированных –
1 940 детей`, `Среди отдыхающих было 41 тыс.`: written_figures5, 11: 2). Kept (links P/R before -> after; kz-dev tune
and check unchanged 1.000/.941, .920/.500):
  in figure_facts.py (counted_noun, used by same_kind and breakdowns.kind_key) a measure whose words say `квадратн` /
  `кубическ` is that square or cubic measure whatever noun the grammar gave it, and in cues.py a part after a cue in
  a later sentence whose nearest total of its kind is not larger takes the nearest larger one (`Из общего объема 7,9
  млн кв. м` after 3,4 and 2,6 млн): written_figures12 .949/.627 -> .976/.678 (written_figures10's part stands past
  the lede's run, unchanged);
  in described.py money `на` two coordinated nouns of doing and a count (`На строительство и оснащение 12 ...`) and
  money after a clause opening on a noun of doing, a count, a verb of costing and `в` (`Ремонт 26 улиц обойдется в`,
  work_cost_links); in ledes.py such money for work (for_work) is an item of the lede's spending, not a cost of counted
  things ending its run (alone, the first made written_figures12 lose the lede's parts after it, R .678 -> .644):
  written_figures12 R .678 -> .695, written_figures5 R .654 -> .667;
  in links.py (bare_total) a count and `из` a bare larger number (`212 котельных из 219`): the bare number has no
  noun when links are made (take_elided comes after), so same_kind missed it: written_figures15 .833/.556 ->
  .846/.611, written_news15 R .786 -> .857;
  in cues.py (among_people_parts) a sentence opening on `Среди` and people in the genitive plural (a participle or an
  animate noun, not `них`) takes up the people counted in the two sentences before, of its status (not `ожидали 350
  тыс. отдыхающих` before `Среди отдыхающих было 41 тыс.`): written_figures5 R .667 -> .679, written_figures11 P/R
  .750/.818 -> .769/.909.
Not taken up, one set each: `, на их покупку N` in the count's sentence, `каждый обошелся` after a phrase (`96
павильонов с подогревом, каждый`), a level a change reaches as a total (`сократятся на 11,5%, до 296 млрд` then the
budget's items: written_figures15, a wrong link), a synonym of the total's noun in an exact sum (`с 74 медалями` then
`37 бронзовых наград`), `Из общего числа 180 машин` two sentences after `250 новых автобусов`.
Held out, scored once before and once after the round (bench/gold_parts.py --gold ...): written_figures16 links P/R
.722/.796 -> .722/.796, written_figures14 .757/.622 -> .757/.622 (FIG and status unchanged on both). On NEREL
train three links changed: two right ones more (`101 голос из 200`, `28 местами из 90`: bare_total) and a wrong one
gone (`в том числе ... не позднее 14 дней` a part of `семь дней` before it: the larger total); NEREL figures unchanged.
Then, for link precision, from the WRONG links of the free written sets (bench/figure_misses.py; kz-dev tune has
none), counted first (about 40): a headline's figure taken as the total of the body's parts (written_figures4: 3);
figures measured against a plan (`При плане 2,7 млн кв. м`, `планировалось ввести 420 тыс.` then `сдано 356 тыс.`:
written_figures4: 3, written_figures11: 2); a price per unit a part of another price (written_figures17: 3); lengths
of different things (`в 38 км от Алматы`, `на глубине 12 км`) and a magnitude after `из них` (written_figures18: 2); medals
by kind after a total of another noun (`4 золотыми` of `9 медалями`: written_figures2, 5, 7, 10, annotated apart
from one set to the next, not changed); the victims of accidents `with` them (`486 ДТП, в которых погибли 73
человека`: right on NEREL train, kept); money used after money set aside (`выделено 52 млрд, освоено 47 млрд`: a
part in written_figures4's gold, none in written_figures11's: left as spent_parts has it). Kept, in part_guards.py
(links P before -> after; kz-dev tune and check unchanged 1.000/.941, .923/.511, recall of every set unchanged):
a total in the title line over the text (in_headline: the first line, ending with no stop), a price per unit
(`за литр`, `за гигакалорию`, `литр ... стоит`) against a price in another sentence (one broken down in its own
sentence stays: `52 тенге за кубометр, из них 9 тенге – надбавка`), a total given to compare (`при плане N`,
is_compared, before only for cues), a distance (`в 38 км к юго-востоку от`) as total or part and a number on a
scale (`магнитуду 3,1`) as part: written_figures4 P .892 -> .971, written_figures17 .769 -> 1.000,
written_figures18 .682 -> .750. Held out, scored once before and once after: written_figures16 .722/.796,
written_figures14 .757/.622, written_news24 .864/.731, written_news20 1.000/.789, all unchanged.
Then, in part_guards.py too: an average (a clause opening on `Средняя ...`, `в среднем`, `за игру`, `на одного`) no
part (`Средняя посещаемость составила 5 600 человек за игру` after `1,02 млн зрителей`), a sum whose unit is left out
after money in its sentence (`41 млрд тенге ..., 33 млрд – на ...`) money, no part of a count, and a headline's figure
no lede total in ledes.py (the body's first of its kind is): written_figures8 P .940 -> .959, written_figures13 .975
-> 1.000; kz-dev, the held-out sets and every other set unchanged. First tried with `средн` anywhere in the clause
before the figure: `на кредиты малому и среднему бизнесу пришлось 3,9 трлн` lost its link (written_figures10 R .765
-> .735), so the clause must open on it.
Then a figure whose sentence measures it against a plan (`сдано 356 тыс. кв. м, или 85% от плана`, `92% плана`)
no part of a total in another sentence (`планировалось ввести 420 тыс. квадратных метров`: progress):
written_figures11 P .769 -> .909, everything else unchanged. Left out: any done figure (status actual) no part of
a planned one (target) in another sentence: kz-dev check R .511 -> .489, written_figures11 R .909 -> .818, two
phrase rows broken.
Then, from the link misses and WRONG links of the free written sets (written_figures2 .. 18 but 14 and 16,
written_news15) and kz-dev tune, counted by mechanism first (about 140: 104 `part_of` missed, 27 `with` missed, 13
wrong), with tests/data/written_figures19 written and annotated first and held out. Kept (links P/R before -> after;
kz-dev tune and check unchanged 1.000/.941, .923/.511; no set lower):
  the parts a plan given to compare would take (`При плане 2,7 млн кв. м ... По районам: ...`) go to the nearest
  earlier total of their kind that holds them all, not to nothing (part_guards.earlier_total), and a sentence of
  shares or changes only (`План выполнен на 92%`) between a total and its parts no end of following_parts:
  written_figures4 R .815 -> .876;
  in takenup.py money in a clause after a comma pointing back to the things counted before it (`, инвестиции в
  них составили`, `, вложат в них`, `, на их покупку направлено`: clause_pointer_links): written_figures10 R .765 ->
  .794, written_figures15 .619 -> .667, written_figures4 .876 -> .889;
  in described.py money directed by a verb to a work on counted things after it (`12 млрд тенге направят на
  строительство 9 развязок`, `направить 8,7 млрд тенге на замену 46 км сетей`: directed_links; `замена` a noun of
  doing): written_figures13 R .639 -> .656, written_figures2 .977 -> .988, written_figures17 .688 -> .750. Money
  `на` a count with no verb (`2 млрд тенге на ремонт 15 школ`) stays left out (see above).
Left out after the round, on a held-out set's score alone: the total of parts after `остальные` / `остальное`
(the figures of a sentence before the word of the rest, all of one kind and free, parts of the nearest earlier
figure of that kind larger than their sum, up to three sentences back: `Волонтеры уже посадили 3 500 деревьев,
остальные высадят коммунальные службы`). It raised development sets only (written_figures17 R .625 -> .688,
written_figures12 .738 -> .754, written_figures9 .712 -> .727, written_figures5 .679 -> .716) and put one wrong
link into the held-out written_news20 (P 1.000 -> .938, R .789 unchanged; its misses unread).
Left out: a level a change reaches (`сократятся на 11,5%, до 296 млрд тенге`) as no total of the items after it
(written_figures15 P .867 -> 1.000, but `Кредитный портфель вырос с 3,4 трлн до 3,9 трлн. По сегментам: ...` lost
its parts, written_figures2 P/R .988/.977 -> .964/.941, kz-dev check R .511 -> .447): a stock's new level is the
total of its breakdown. Left out too: a share or a fraction of `средств`, `затрат`, `денег` a part of the money
right before it (`Стоимость проекта – 180 млрд тенге, треть средств вложит инвестор`; not `50% затрат на
логистику`): written_figures18 R .714 -> .762, written_figures17 .750 -> .812, but the held-out written_figures14
lost precision (P .757 -> .737).
Held out, scored at the start and the end of the round (bench/gold_parts.py --gold ...): written_figures19 links
P/R .935/.509 -> .935/.509 (FIG .965, status .936), written_figures16 .722/.796 -> .722/.796, written_figures14
.757/.622 -> .757/.622: unchanged.
Then, for link precision on fresh text, the WRONG links and misses of written_figures20, 21, 18, 17, 15 and kz-dev tune
(none there) counted by the rule that made them first (bench/figure_misses.py; 15 wrong): shares in gold's other
convention (`, или 63%`, `из них ... 58%`: 4), a measure or capacity of counted things (`общей площадью`, `на 40-80
мест каждый`), `, на эти цели` after people affected, the victims of accidents, a level a change reaches (left as
they were: annotated the other way in earlier sets, or left out before); the rest each a mechanism over-reaching, kept
as guards (links P/R before -> after; kz-dev tune and check unchanged 1.000/.941, .923/.511; every other written set
unchanged): in shares.py the size of a change is no share (`Цены поднялись на 0,8%`: 16,2 of 2 035 is 0,8% by chance);
in described.py a rate's base (`84 случаев на 10 тыс. жителей`, `На 1000 жителей приходится 16,2`: a power of ten of
people at large after `на`) no capacity, and in part_guards.py the rate and its base no part nor total; a capacity
after two coordinated counts (`девять гостиниц и 23 гостевых дома на 1 100 мест`) no measure of the last alone; in
breakdowns.py the first item of a list (`Всего вручено 96 золотых, 182 серебряные и ...`) no closing total; in
links.py the top of a scale (`42 из 49 возможных`) no whole of a score (points or a number alone: first tried on any
part, it took out two links on NEREL train, `115 делегатов из 207 возможных`, counts of some of the things); in cues.py a group noun of its own after `Среди`
(`Среди женщин ... двое`; not a participle: `Среди эвакуированных`) only with a total of that noun or of `человек`.
Recall classes of two sets or more, kept: `среди них` after the part's people named in the genitive plural, a bare
part (`казахстанских среди них – 24`, `Иностранцев среди них было 47 тыс.`: like_cue_parts, written_figures20, 21);
a sentence opening on `Из` and a past participle (`Из собранного зерна 4,6 млн тонн`, `Из похищенного возмещено 94
млн, еще 62 млн`: done_participle_parts, written_figures20, 15) takes up the nearest larger figure of its kind in
the three sentences before whose sentence tells that verb (`собрали`, `похитили`; not `Банк выдал`).
written_figures20 .500/.500 -> .727/.667, written_figures21 .571/.667 -> .765/.722, written_figures15 .875/.667 ->
.889/.762. Not taken up: fractions of a sum (`почти половину – на сборы`, `треть средств`, `Две трети затрат`: left
out before for the held-out precision, not retried), parts that add to more than their total (transit by crossing),
parts after a colon past a clause (`3 140, в основном из ...: 1 960 и 712 соответственно`), one set each.
On NEREL train no link changed (NEREL figures .899/.887 unchanged).
Held out, scored at the start and the end (bench/gold_parts.py --gold ...), nothing moved: written_figures14
.757/.622, written_figures16 .815/.830, written_figures19 .935/.509, written_news20 1.000/.789, written_news24
.864/.731, written_news29 1.056/.760.
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_start

from pipeline.nlp.grammars.breakdowns import (
    breakdown_parts, closing_parts, colon_parts, following_parts, named_bare_parts, rest_cue_parts, rest_parts, sibling_parts, spent_parts,
    sum_after_parts, sum_parts)
from pipeline.nlp.grammars.cues import (
    among_people_parts, cue_before, cue_parts, done_participle_parts, like_cue_parts, opening_of_them_parts)
from pipeline.nlp.grammars.delegations import delegation_parts
from pipeline.nlp.grammars.ledes import lede_parts
from pipeline.nlp.grammars.described import described_links
from pipeline.nlp.grammars.part_guards import guard_parts
from pipeline.nlp.grammars.shares import counted_total_shares, named_share_parts, share_amount_parts, share_parts
from pipeline.nlp.grammars.takenup import (
    clause_pointer_links, done_links, each_of_them_links, named_for_links, participant_links, spent_on_links, taken_up_links,
    works_links)
from pipeline.nlp.grammars.figure_facts import (
    BOUNDARIES, QUOTES, between, facts, in_difference, is_adjective, is_elliptic, is_percent, is_times, same_kind,
    same_sentence, value, words)


def bare_total(part, total):
    """`подготовлены 212 котельных из 219`, `выиграла 29 матчей из 56`: a bare number after `из` and a count of
    things, larger than it: how many there are of the part's things (its noun is taken from the part later)."""
    return not facts(part).get('unit') and not facts(total).get('unit') and facts(part).get('object') is not None \
        and facts(total).get('object') is None and value(part) < value(total)


# `42 балла из 49 возможных`: a score out of the most a scale gives, no part of a whole (but `115 делегатов из 207
# возможных`, `сыграл в 268 играх из 410 возможных` count some of the things there were)
POSSIBLE = frozenset({'возможных', 'возможного', 'возможной', 'максимально', 'максимальных', 'максимального'})
SCORES = frozenset({'балл', 'очко'})


def out_of_possible(part, total):
    """`total` is the top of a scale the score `part` is told out of: `42 из 49 возможных`, `38 баллов из 40
    возможных` (a score: a number alone or points)."""
    doc = total.doc
    score = facts(part).get('object') in SCORES or not (facts(part).get('object') or facts(part).get('unit'))
    return score and total.end < len(doc) and doc[total.end].lower_ in POSSIBLE


def from_parts(spans, part_of):
    """`два из 11 корпусов`; `Из 13 боксеров, приехавших ..., девять вернулись`."""
    for index in range(len(spans) - 1):
        following = index + 1
        if not same_sentence(spans, index, following) or part_of[index] is not None:
            continue
        if words(between(spans, index, following)) == ['из'] and not out_of_possible(spans[index], spans[following]) and (
                is_elliptic(spans[index]) or same_kind(spans[index], spans[following])
                or bare_total(spans[index], spans[following])):
            part_of[index] = following
    for index, span in enumerate(spans):
        # `Экзамен сдавали 2 000 выпускников, 1 800 из них прошли`: the count before it in the sentence
        after = words(span.doc[span.end:span.end + 2])
        if after not in (['из', 'них'], ['из', 'которых']) or part_of[index] is not None or not index \
                or not same_sentence(spans, index - 1, index):
            continue
        total = index - 1
        # `800 заявок, около 70% из них`: a share of the count
        like = (same_kind(span, spans[total]) or is_elliptic(span)) and value(span) < value(spans[total])
        if (is_percent(span) or like) and not is_percent(spans[total]) and not is_times(spans[total]):
            part_of[index] = total
    for index, span in enumerate(spans):
        doc = span.doc
        # `Из 13 боксеров, ...` at the start of a sentence or a clause, or after an opening quote: `«Из 13 ...`;
        # or a participle between (`Из запланированных к вводу 40 школ построено 28`: from_phrase)
        at = from_phrase(span)
        opens = at is not None and (at == sent_start(span) or doc[at - 1].text in BOUNDARIES | QUOTES)
        if not opens or index + 1 >= len(spans):
            continue
        # the parts that follow in the sentence, each like it or a share of it, together no more than it:
        # `Из 500 опрошенных 60% поддержали`, `Из 120 млрд тенге на школы пойдет 40 млрд, на больницы – 50 млрд`
        amount = 0
        for following in range(index + 1, len(spans)):
            part = spans[following]
            if not same_sentence(spans, index, following) or part_of[following] is not None:
                break
            if is_percent(part) and not is_percent(span) and following == index + 1:
                part_of[following] = index
                break
            if not (is_elliptic(part) or same_kind(part, span)) or amount + value(part) > value(span):
                break
            amount += value(part)
            part_of[following] = index


MAX_FROM_PHRASE = 5  # words between `из` and its total: `из выделенных на ремонт школ`


def from_phrase(span):
    """The index of the `из` the total `span` follows: right before it (`Из 13 боксеров`), or before a participle
    in the genitive plural that the total's noun phrase opens with and its complements (`из выделенных на объекты
    1,8 млрд тенге`, `Из запланированных к строительству 22 объектов`); else None. A genitive noun right before
    the figure closes a phrase of its own, the figure then is the part: `Из дополнительных средств 9,2 млрд`."""
    doc = span.doc
    start = sent_start(span)
    if span.start > start and doc[span.start - 1].lower_ == 'из':
        return span.start - 1
    if span.start - 1 <= start or genitive_noun(doc[span.start - 1].text):
        return None
    for at in range(span.start - 2, max(start, span.start - 2 - MAX_FROM_PHRASE) - 1, -1):
        if doc[at].text in BOUNDARIES:
            return None
        if doc[at].lower_ == 'из':
            following = parse(doc[at + 1].text)[:1]
            return at if following and following[0].tag.POS == 'PRTF' and 'gent' in following[0].tag \
                and 'plur' in following[0].tag else None
    return None


def genitive_noun(word):
    """`средств`, `сумм`: a noun whose likeliest reading is the genitive."""
    parsed = parse(word)[:1]
    return bool(parsed) and parsed[0].tag.POS == 'NOUN' and 'gent' in parsed[0].tag


def part_objects(spans, links):
    """The object of each figure, a part whose counted noun is left out taking its total's:
    `12 картин, в том числе 4 анимационных` counts 4 films, not 4 `анимационный`;
    `42 человека, из них 30 – представители партий` counts 30 people; or, the part after a part of the same
    total in its sentence, that part's noun (the nearer one the ellipsis repeats): `обслужено 11 млн пассажиров:
    на международных рейсах – 6,1 млн человек, на внутренних – 5,1 млн` counts 5,1 млн people."""
    objects = [facts(span).get('object') for span in spans]
    for index, (total, _) in enumerate(links):
        noun, whole = objects[index], total is not None and facts(spans[total]).get('object')
        if not whole or facts(spans[index]).get('unit') or is_adjective(whole.split()[-1]):
            continue
        if not noun or is_adjective(noun.split()[-1]):
            sibling = objects[index - 1] if index and links[index - 1][0] == total \
                and same_sentence(spans, index - 1, index) and not facts(spans[index - 1]).get('unit') else None
            objects[index] = sibling if sibling and not is_adjective(sibling.split()[-1]) else whole
    return objects


def figure_links(spans):
    """[(part_of, with)] for the figure spans of one document, in doc order: indexes into `spans` or None."""
    with_of = described_links(spans)
    part_of = [None] * len(spans)
    cue_parts(spans, part_of, with_of)
    among_people_parts(spans, part_of)
    like_cue_parts(spans, part_of)
    from_parts(spans, part_of)
    done_participle_parts(spans, part_of)
    opening_of_them_parts(spans, part_of, with_of)
    spent_parts(spans, part_of)
    share_parts(spans, part_of)
    sum_parts(spans, part_of, with_of)
    sum_after_parts(spans, part_of)
    closing_parts(spans, part_of, with_of)
    rest_cue_parts(spans, part_of)
    colon_parts(spans, part_of)
    breakdown_parts(spans, part_of)
    named_bare_parts(spans, part_of)
    rest_parts(spans, part_of)
    named_share_parts(spans, part_of)
    counted_total_shares(spans, part_of)
    share_amount_parts(spans, part_of)
    sibling_parts(spans, part_of)
    following_parts(spans, part_of)
    delegation_parts(spans, part_of)
    taken_up_links(spans, part_of, with_of)
    clause_pointer_links(spans, part_of, with_of)
    spent_on_links(spans, with_of)
    participant_links(spans, with_of)
    done_links(spans, with_of)
    named_for_links(spans, with_of)
    works_links(spans, part_of, with_of)
    each_of_them_links(spans, part_of, with_of)
    lede_parts(spans, part_of, with_of)
    guard_parts(spans, part_of)
    for index, span in enumerate(spans):
        if part_of[index] is not None and in_difference(span) and cue_before(span) is None:
            part_of[index] = None  # `Экономия составила 1,6 млрд тенге, или 13,6%`: no part, no share of a total
    return list(zip(part_of, with_of))
