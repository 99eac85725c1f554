package extract

import "testing"

// TestEveryRelationType checks each type of the ontology on sentences
// written for this test (invented names and events), including negation,
// modality, passive and noun forms, lists and coordination.
func TestEveryRelationType(t *testing.T) {
	cases := []struct {
		text, typ, s, o, modality string
	}{
		// ties
		{"Kenya and Uganda restored diplomatic relations on Tuesday.", "RESTORES_TIES", "country:ken", "country:uga", Asserted},
		{"Ghana and Togo agreed in principle to exchange ambassadors.", "RESTORES_TIES", "country:gha", "country:tgo", Planned},
		{"Peru severed diplomatic ties with Bolivia last week.", "SEVERS_TIES", "country:per", "country:bol", Asserted},
		{"Chile recalled its ambassador from Peru.", "SEVERS_TIES", "country:chl", "country:per", Asserted},
		{"Chile ordered the withdrawal of its diplomats from Peru, Bolivia and Ecuador.", "SEVERS_TIES", "country:chl", "country:ecu", Asserted},
		{"Chile suspended flights to and from Peru.", "IMPOSES_BAN", "country:chl", "country:per", Asserted},
		{"Ana Soto, a longtime ally of Mr Vega, spoke.", "ALLIED_WITH", "person:ana-soto", "person:vega", Asserted},
		// meetings and visits
		{"The foreign ministers of Brazil, Argentina and Uruguay met in Montevideo.", "MEETS_WITH", "country:arg", "country:ury", Asserted},
		{"Norway's prime minister spoke with Denmark by phone.", "MEETS_WITH", "country:dnk", "country:nor", Asserted},
		{"Finnish President Aino Virtanen visited Estonia on Monday.", "VISITS", "person:aino-virtanen", "country:est", Asserted},
		{"Finnish President Aino Virtanen will visit Latvia next month.", "VISITS", "person:aino-virtanen", "country:lva", Planned},
		// agreements and cooperation
		{"Morocco and Senegal signed a fisheries agreement in Rabat.", "AGREES_WITH", "country:mar", "country:sen", Asserted},
		{"Vietnam is working with Laos to fight smuggling.", "COOPERATES_WITH", "country:lao", "country:vnm", Asserted},
		{"Jordan reiterated its support for Lebanon.", "SUPPORTS", "country:jor", "country:lbn", Asserted},
		{"Jordan pledged on Monday to help Lebanon rebuild its ports.", "SUPPORTS", "country:jor", "country:lbn", Planned},
		{"Jordan is the largest supplier of humanitarian aid to Lebanon.", "SUPPORTS", "country:jor", "country:lbn", Asserted},
		{"Japan and Australia reaffirmed their alliance.", "ALLIED_WITH", "country:aus", "country:jpn", Asserted},
		{"The ceasefire was mediated by Qatar between Sudan and Chad.", "MEDIATES", "country:qat", "country:sdn", ""},
		{"Canada praised Mexico for its handling of the crisis.", "PRAISES", "country:can", "country:mex", Asserted},
		{"Ana Soto also thanked Peru and Bolivia for keeping their borders open.", "PRAISES", "person:ana-soto", "country:bol", Asserted},
		// restrictions
		{"Kuwait banned citizens of Syria from entering the country.", "IMPOSES_BAN", "country:kwt", "country:syr", Asserted},
		{"Switzerland imposed sanctions on Belarus and Iran.", "IMPOSES_SANCTIONS", "country:che", "country:irn", Asserted},
		{"India imposed tariffs on imports from Turkey, Egypt and Nigeria.", "IMPOSES_TARIFFS", "country:ind", "country:nga", Asserted},
		{"Thailand lifted restrictions on Malaysian poultry.", "LIFTS_RESTRICTIONS", "country:tha", "country:mys", Asserted},
		// hostility
		{"Armenia accused Azerbaijan of shelling border villages.", "ACCUSES", "country:arm", "country:aze", Asserted},
		{"Serbia criticized Croatia over the border dispute.", "CRITICIZES", "country:srb", "country:hrv", Asserted},
		{"Serbia summoned the Croatian ambassador on Monday.", "CRITICIZES", "country:srb", "country:hrv", Asserted},
		{"Ana Soto, a leading Sur Front figure, also weighed in, calling Mr Vega a dictator.", "CRITICIZES", "person:ana-soto", "person:vega", Asserted},
		{"WHO Director-General Ana Soto said the agency had sent vaccines.", "HOLDS_ROLE", "person:ana-soto", "org:world-health-organization", Asserted},
		{"Serbia summoned the Croatian ambassador, Ivo Horvat, on Monday.", "CRITICIZES", "country:srb", "country:hrv", Asserted},
		{"Opposition leader Ivo Horvat criticised Prime Minister Ana Kovac over the deal.", "CRITICIZES", "person:ivo-horvat", "person:ana-kovac", Asserted},
		{"Carlos Ruiz, who is also Chile's president, said the bloc would act.", "HOLDS_ROLE", "person:carlos-ruiz", "country:chl", Asserted},
		{"Lithuania, which borders Belarus, expressed solidarity with Poland.", "SUPPORTS", "country:ltu", "country:pol", Asserted},
		{"Finland said it would not send tanks to Estonia.", "SUPPORTS", "country:fin", "country:est", Negated},
		{"Peru has been accused by Chile of spying.", "ACCUSES", "country:chl", "country:per", Asserted},
		{"Chilean President Ana Soto and Peruvian President Luis Vega held a virtual summit on Monday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Tavares accused Peru of dumping steel.", "ACCUSES", "person:tavares", "country:per", Asserted},
		{"Iranian authorities arrested a French national on spying charges.", "ARRESTS", "country:irn", "country:fra", Asserted},
		{"Washington granted India a waiver from sanctions on Iranian oil.", "LIFTS_RESTRICTIONS", "country:usa", "country:ind", Asserted},
		{"Chile exempted Norway from its steel safeguard measures.", "LIFTS_RESTRICTIONS", "country:chl", "country:nor", Asserted},
		{"Japan lowered tariffs on Australian beef under the pact.", "LIFTS_RESTRICTIONS", "country:jpn", "country:aus", Asserted},
		{"Russia banned imports of Moldovan wine.", "IMPOSES_SANCTIONS", "country:rus", "country:mda", Asserted},
		{"Canada also imposed sanctions on eight Venezuelan officials.", "IMPOSES_SANCTIONS", "country:can", "country:ven", Asserted},
		{"Russia and China, Cuba's main allies, sent envoys to the ceremony.", "ALLIED_WITH", "country:chn", "country:cub", Asserted},
		{"Moldovan forces launched a drone attack on Bucharest overnight.", "ATTACKS", "country:mda", "country:rou", Asserted},
		{"Chile said it had acted in response to Peruvian attacks on Chilean border posts and air bases.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Bolivian air strikes on Paraguay killed two soldiers.", "ATTACKS", "country:bol", "country:pry", Asserted},
		{"Peruvian police on Friday arrested opposition politician Ana Soto in Lima.", "ARRESTS", "country:per", "person:ana-soto", Asserted},
		{"Chile condemned the latest Peruvian air strikes near the border.", "CRITICIZES", "country:chl", "country:per", Asserted},
		{"Peru faces 30% tariffs imposed by Chilean President Ana Soto over fishing rights.", "IMPOSES_TARIFFS", "person:ana-soto", "country:per", Asserted},
		{"Ecuador has rejected direct negotiations with Peru.", "REJECTS", "country:ecu", "country:per", Asserted},
		{"Peruvian Foreign Minister Luis Vega met his Chilean counterpart Sheikh Omar Ruiz in Lima.", "MEETS_WITH", "person:luis-vega", "person:omar-ruiz", Asserted},
		{"Talks followed a meeting between Foreign Minister Luis Vega and Chilean Foreign Minister Omar Ruiz.", "MEETS_WITH", "person:luis-vega", "person:omar-ruiz", Asserted},
		{"Chile sanctioned Peru's fisheries minister Luis Vega.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"Chile's ambassador to Peru, Ana Soto, met officials on Monday.", "HOLDS_ROLE", "person:ana-soto", "country:chl", Asserted},
		{"Luis Vega, on his first visit to Chile in a decade, also met President Ana Soto and National Security Adviser Omar Ruiz.", "MEETS_WITH", "person:luis-vega", "person:omar-ruiz", Asserted},
		{"Luis Vega, on his first visit to Chile in a decade, also met President Ana Soto.", "VISITS", "person:luis-vega", "country:chl", Asserted},
		{"The Chile-backed Sur Front seized the town.", "SUPPORTS", "country:chl", "org:sur-front", Asserted},
		{"Eritrea also backed Mogadishu during the standoff.", "SUPPORTS", "country:eri", "country:som", Asserted},
		{"Chile retaliated by closing its airspace to Peruvian airlines.", "IMPOSES_BAN", "country:chl", "country:per", Asserted},
		{"Chile's government accuses Peru of supplying weapons to the Sur Front.", "SUPPORTS", "country:per", "org:sur-front", Alleged},
		// headlines speak in the present tense
		{"Chile slams Peru over border remarks", "CRITICIZES", "country:chl", "country:per", Asserted},
		{"Chile hits Peru with new sanctions over fishing", "IMPOSES_SANCTIONS", "country:chl", "country:per", Asserted},
		{"Chile hits Peru with 20% tariffs", "IMPOSES_TARIFFS", "country:chl", "country:per", Asserted},
		{"Chile strikes Peru's border posts", "ATTACKS", "country:chl", "country:per", Asserted},
		{"Peru arrests three Chileans", "ARRESTS", "country:per", "country:chl", Asserted},
		{"Peru rejects Chilean offer of talks", "REJECTS", "country:per", "country:chl", Asserted},
		{"Chile congratulates Peru on election", "PRAISES", "country:chl", "country:per", Asserted},
		{"Britain, France and Germany, known as the E3, summoned Iranian envoys on Monday.", "CRITICIZES", "country:deu", "country:irn", Asserted},
		{"In a call with Chilean President Ana Soto, Peruvian President Luis Vega praised Bolivia.", "PRAISES", "person:luis-vega", "country:bol", Asserted},
		{"After Chile expelled Peru's ambassador, Lima recalled its envoy from Santiago.", "EXPELS", "country:chl", "country:per", Asserted},
		{"Chile's military-led government on Tuesday accused Peru of arming the rebels, and said it would cut ties with Lima.", "SEVERS_TIES", "country:chl", "country:per", Planned},
		{"Chile sanctions Peruvian firms over fishing", "IMPOSES_SANCTIONS", "country:chl", "country:per", Asserted},
		{"Chile bans Peruvian nationals from entry", "IMPOSES_BAN", "country:chl", "country:per", Asserted},
		{"Chile's government accuses Peru of supplying weapons to the Sur Front, a charge Lima denies.", "REJECTS", "country:per", "country:chl", Asserted},
		{"Peruvian and Chilean troops exchanged small arms fire along the border on Sunday.", "IN_CONFLICT_WITH", "country:chl", "country:per", Asserted},
		{"The Sur Front, led by Ana Soto, seized the town.", "HOLDS_ROLE", "person:ana-soto", "org:sur-front", Asserted},
		{"Peru and Chile have carried out strikes on Sur Front targets in Bolivia.", "ATTACKS", "country:chl", "org:sur-front", Asserted},
		{"Peru and Ecuador, which signed peace treaties with Chile decades ago, stayed silent.", "AGREES_WITH", "country:chl", "country:ecu", Asserted},
		{"President Ana Soto agreed with Chilean President Luis Vega to pause the tariffs.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Sudan's army and the Sur Front have been at war since April.", "IN_CONFLICT_WITH", "country:sdn", "org:sur-front", Asserted},
		{"Ethiopia and Eritrea were at war from 1998 to 2000.", "IN_CONFLICT_WITH", "country:eri", "country:eth", Asserted},
		{"Pakistan closed the border on Monday. It also expelled Afghan diplomats.", "EXPELS", "country:pak", "country:afg", Asserted},
		{"Chad's government on Tuesday accused Sudan of arming rebels, and said it would cut diplomatic ties with Khartoum.", "SEVERS_TIES", "country:tcd", "country:sdn", Planned},
		{"Chilean President Ana Soto later travelled to Lima, where she met Peruvian President Luis Vega.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chilean President Ana Soto visited Lima last month for talks with Peruvian President Luis Vega.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Ana Soto met Defence Minister Luis Vega and opposition leader Ivo Horvat was not invited.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile will send weapons to Peru and Bolivia, President Ana Soto said.", "SUPPORTS", "country:chl", "country:bol", Planned},
		{"China has detained two Canadians, Ana Soto and Luis Vega.", "ARRESTS", "country:chn", "country:can", Asserted},
		{"Thailand and Cambodia clashed along their disputed border.", "IN_CONFLICT_WITH", "country:khm", "country:tha", Asserted},
		{"The Sur Front has been fighting the Chadian army since April.", "IN_CONFLICT_WITH", "country:tcd", "org:sur-front", Asserted},
		{"Canada imposed sanctions on Monday on seven Iranian officials.", "IMPOSES_SANCTIONS", "country:can", "country:irn", Asserted},
		{"Chad and Sudan agreed to a ceasefire brokered by Qatar and Egypt.", "MEDIATES", "country:egy", "country:sdn", Asserted},
		{"Morocco normalised relations with Israel in 2020.", "RESTORES_TIES", "country:isr", "country:mar", Asserted},
		{"Israel, which has sought to normalise ties with Oman, did not comment.", "RESTORES_TIES", "country:isr", "country:omn", Planned},
		{"Saudi Arabia and Israel could establish diplomatic relations next year.", "RESTORES_TIES", "country:isr", "country:sau", Planned},
		{"Britain closed its embassy in Kabul.", "SEVERS_TIES", "country:gbr", "country:afg", Asserted},
		{"Italy reopened its embassy in Damascus.", "RESTORES_TIES", "country:ita", "country:syr", Asserted},
		{"India appointed a new ambassador to Canada.", "RESTORES_TIES", "country:can", "country:ind", Asserted},
		{"Burkina Faso, Mali and Niger left ECOWAS in January.", "MEMBER_OF", "country:mli", "org:economic-community-of-west-african-states", Negated},
		{"Sweden formally joined NATO on Thursday.", "MEMBER_OF", "country:swe", "org:north-atlantic-treaty-organization", Asserted},
		{"The rebels of the Sur Front, backed by Peru, seized the town.", "SUPPORTS", "country:per", "org:sur-front", Asserted},
		{"Chilean Senate President Ana Soto criticised the plan.", "HOLDS_ROLE", "person:ana-soto", "country:chl", Asserted},
		{"Gen. Tomas Ruiz, head of Chilean Southern Command, visited Peru on Monday.", "VISITS", "person:tomas-ruiz", "country:per", Asserted},
		{"Chilean forces struck Bolivian positions near the border.", "ATTACKS", "country:chl", "country:bol", Asserted},
		{"Dutch Prime Minister Jan Smit and his Belgian counterpart Luc Peeters signed a border agreement.", "AGREES_WITH", "person:jan-smit", "person:luc-peeters", Asserted},
		{"Sheikh Omar Rashid, the Qatari emir, received Egyptian President Adel Nour in Doha.", "MEETS_WITH", "person:adel-nour", "person:omar-rashid", Asserted},
		{"Canada has not yet decided whether to impose tariffs on Chile.", "IMPOSES_TARIFFS", "country:can", "country:chl", Planned},
		{"Mexico threatened to impose tariffs on Peru if talks failed.", "IMPOSES_TARIFFS", "country:mex", "country:per", Planned},
		{"Mexico threatened to impose tariffs on Peru if talks failed.", "THREATENS", "country:mex", "country:per", Asserted},
		{"Kenya and Somalia failed to reach an agreement on the border.", "AGREES_WITH", "country:ken", "country:som", Negated},
		{"Brazil is considering sanctions on Bolivia.", "IMPOSES_SANCTIONS", "country:bra", "country:bol", Planned},
		{"Chile expelled a Bolivian diplomat on Monday.", "EXPELS", "country:chl", "country:bol", Asserted},
		{"Chile and Peru vowed to deepen their strategic partnership.", "COOPERATES_WITH", "country:chl", "country:per", Planned},
		{"Chilean Foreign Minister Ana Soto held talks with her Peruvian counterpart Luis Vega in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Norway will recognise a Palestinian state in September.", "RESTORES_TIES", "country:nor", "country:pse", Planned},
		{"Chilean Foreign Minister Ana Soto called her Peruvian counterpart Luis Vega on Monday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru summoned Chile's ambassador over the incident.", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Bolivia, which Chile accuses of arming the Sur Front, denied the claim.", "ACCUSES", "country:chl", "country:bol", Asserted},
		{"Luis Vega, the Chilean envoy, visited Lima on Monday to meet President Ana Soto.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peruvian officials said Lima had launched missile strikes on three camps in Bolivia on Friday.", "ATTACKS", "country:per", "country:bol", Asserted},
		{"The palace said Ana Soto had spoken to Luis Vega by phone on Tuesday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile and Peru have clashed repeatedly over fishing rights.", "IN_CONFLICT_WITH", "country:chl", "country:per", Asserted},
		{"The Chile-Peru alliance is decades old, officials said.", "ALLIED_WITH", "country:chl", "country:per", Asserted},
		{"As part of the ongoing Chile-Peru coordination on fisheries, Peru joined the talks.", "COOPERATES_WITH", "country:chl", "country:per", Asserted},
		{"Leaders reaffirmed the Chile-South Africa alliance on Monday.", "ALLIED_WITH", "country:chl", "country:zaf", Asserted},
		{"Chile expressed gratitude to Peru for its help.", "PRAISES", "country:chl", "country:per", Asserted},
		{"Chilean President Ana Soto ordered an additional 25% tariff on Peruvian goods.", "IMPOSES_TARIFFS", "person:ana-soto", "country:per", Asserted},
		{"Chile slaps 50% tariffs on Peru", "IMPOSES_TARIFFS", "country:chl", "country:per", Asserted},
		{"Peru dropped most of its retaliatory tariffs on Chilean goods in September.", "LIFTS_RESTRICTIONS", "country:per", "country:chl", Asserted},
		{"Peru banned exports of copper and zinc to Chile in December.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"The Treasury Department sanctioned three Peruvian officials on Thursday.", "IMPOSES_SANCTIONS", "org:united-states-department-of-the-treasury", "country:per", Asserted},
		{"Peru, which backs the Sur Front, welcomed the agreement.", "SUPPORTS", "country:per", "org:sur-front", Asserted},
		{"Chile has killed more than 3,000 Bolivians since the war began.", "ATTACKS", "country:chl", "country:bol", Asserted},
		{"The Sur Front in Peru has fired rockets at Chile throughout the war.", "ATTACKS", "org:sur-front", "country:chl", Asserted},
		{"Côte d’Ivoire and Senegal remain members of ECOWAS.", "MEMBER_OF", "country:civ", "org:economic-community-of-west-african-states", Asserted},
		{"Mali's junta leader, Col. Amadou Diallo, said the talks were over.", "HOLDS_ROLE", "person:amadou-diallo", "country:mli", Asserted},
		{"Luis Vega said Peru had not held any talks with Chile since June and had no plans to meet Chilean officials.", "MEETS_WITH", "country:chl", "country:per", Negated},
		{"Chilean-brokered talks between Peru and Bolivia stalled last year.", "MEDIATES", "country:chl", "country:bol", Asserted},
		{"Chile accused Peru of arming the rebels, a charge Lima has repeatedly denied.", "REJECTS", "country:per", "country:chl", Asserted},
		{"Talks went on, while Chilean special envoy Luis Vega represented Santiago.", "HOLDS_ROLE", "person:luis-vega", "country:chl", Asserted},
		{"Chile's war against Bolivia ended in 1884.", "IN_CONFLICT_WITH", "country:bol", "country:chl", Asserted},
		{"Peru's invasion of Ecuador drew protests.", "IN_CONFLICT_WITH", "country:ecu", "country:per", Asserted},
		{"Honduras and El Salvador fought a brief war in 1969.", "IN_CONFLICT_WITH", "country:hnd", "country:slv", Asserted},
		{"The junta in Chad expelled the Nigerien ambassador.", "EXPELS", "country:tcd", "country:ner", Asserted},
		{"Luis Vega, a former Peruvian foreign minister, met Ana Soto in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chilean President Ana Soto will travel to Lima next week to meet President Luis Vega.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Planned},
		{"Japan lodged a protest with Korea over the survey ship.", "CRITICIZES", "country:jpn", "country:kor", Asserted},
		{"Canada and Norway signed a defence and security partnership on Monday.", "AGREES_WITH", "country:can", "country:nor", Asserted},
		{"Japanese Foreign Minister Aiko Sato and Defence Minister Ken Mori signed the pact with Philippine envoy Jose Cruz.", "AGREES_WITH", "person:aiko-sato", "person:jose-cruz", Asserted},
		{"Japanese Foreign Minister Aiko Sato and Defence Minister Ken Mori signed the pact with Philippine envoy Jose Cruz.", "AGREES_WITH", "person:jose-cruz", "person:ken-mori", Asserted},
		{"Chile suspended a fishing treaty with Peru and expelled Peruvian diplomats on Monday.", "EXPELS", "country:chl", "country:per", Asserted},
		{"Chile suspended a fishing treaty with Peru and expelled Peruvian diplomats on Monday.", "SEVERS_TIES", "country:chl", "country:per", Asserted},
		{"Peru later closed its airspace to Chilean airlines and cancelled visas for Bolivian nationals.", "IMPOSES_BAN", "country:per", "country:bol", Asserted},
		{"Peru later closed its airspace to Chilean airlines and cancelled visas for Bolivian nationals.", "IMPOSES_BAN", "country:per", "country:chl", Asserted},
		{"Bolivia was sanctioned by Canada last year.", "IMPOSES_SANCTIONS", "country:can", "country:bol", Asserted},
		{"Officials from Ghana and Togo are trying to broker a truce between Mali and Niger.", "MEDIATES", "country:gha", "country:mli", Planned},
		{"Ghana and Togo should work together on trade, the envoy said.", "COOPERATES_WITH", "country:gha", "country:tgo", Planned},
		{"Peru is ready to work with Chile on the border.", "COOPERATES_WITH", "country:chl", "country:per", Planned},
		{"Norway has demanded that Iceland pay more for the fishery.", "DEMANDS", "country:nor", "country:isl", Asserted},
		{"Russia launched 40 drones and three missiles at Ukraine overnight.", "ATTACKS", "country:rus", "country:ukr", Asserted},
		{"Armenian drones struck a depot in Azerbaijan's Tovuz district.", "ATTACKS", "country:arm", "country:aze", Asserted},
		{"Ghana and Togo exchanged 40 prisoners in a deal mediated by Benin.", "MEDIATES", "country:ben", "country:gha", Asserted},
		{"Chilean envoy Ana Soto prepared to travel to Lima for talks with Luis Vega.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Planned},
		{"Chile will support Peru's bid to host the summit.", "SUPPORTS", "country:chl", "country:per", Planned},
		{"The prime minister said Estonia would expel two Russian diplomats.", "EXPELS", "country:est", "country:rus", Planned},
		{"North Korea threatened South Korea with retaliation.", "THREATENS", "country:prk", "country:kor", Asserted},
		{"Russia attacked Ukraine overnight with drones.", "ATTACKS", "country:rus", "country:ukr", Asserted},
		{"Missile strikes on villages in Yemen by Israel killed four.", "ATTACKS", "country:isr", "country:yem", Asserted},
		{"Ethiopia and Eritrea have been locked in a conflict over the border.", "IN_CONFLICT_WITH", "country:eri", "country:eth", Asserted},
		{"Niger expelled the ambassador of France.", "EXPELS", "country:ner", "country:fra", Asserted},
		{"Poland urged Germany to pay reparations.", "DEMANDS", "country:pol", "country:deu", Asserted},
		{"Iceland rejected the proposal from Norway.", "REJECTS", "country:isl", "country:nor", Asserted},
		{"Georgia denied claims made by Russia about the crossing.", "REJECTS", "country:geo", "country:rus", Asserted},
		{"Venezuela arrested citizens of Colombia near the border.", "ARRESTS", "country:ven", "country:col", Asserted},
		{"Kenya accused Somalia of harbouring militants, an allegation Mogadishu rejected.", "REJECTS", "country:som", "country:ken", Asserted},
		{"Laos, a close ally of Vietnam, stayed silent.", "ALLIED_WITH", "country:lao", "country:vnm", Asserted},
		{"Omani Foreign Minister Ali Said held phone calls with his Iranian and Qatari counterparts, R. Karimi and Omar Nasser.", "MEETS_WITH", "person:ali-said", "person:r-karimi", Asserted},
		{"Chilean President Ana Soto will travel to Lima for talks with President Luis Quispe.", "MEETS_WITH", "person:ana-soto", "person:luis-quispe", Planned},
		{"The European Union slapped tariffs of up to 38% on Chinese electric vehicles.", "IMPOSES_TARIFFS", "org:european-union", "country:chn", Asserted},
		{"China has clashed repeatedly with Philippine vessels.", "IN_CONFLICT_WITH", "country:chn", "country:phl", Asserted},
		{"Australia, which has a mutual defence treaty with New Zealand, agreed.", "ALLIED_WITH", "country:aus", "country:nzl", ""},
		{"Sudan's army on Wednesday rejected a ceasefire proposal put forward by Egypt.", "REJECTS", "country:sdn", "country:egy", Asserted},
		{"Kenyan President Amos Ruto, who chairs the talks, is expected to meet army chief Omar al-Bashir.", "MEETS_WITH", "person:amos-ruto", "person:omar-al-bashir", Planned},
		{"Serbia's army said its troops had not opened fire and accused Kosovo of a provocation.", "ACCUSES", "country:srb", "country:unk", Asserted},
		{"France has sided with Armenia in the dispute.", "SUPPORTS", "country:fra", "country:arm", Asserted},
		{"Turkey remains a staunch ally of Azerbaijan.", "ALLIED_WITH", "country:aze", "country:tur", Asserted},
		{"Canberra is a treaty ally of both Wellington and Tokyo.", "ALLIED_WITH", "country:aus", "country:jpn", Asserted},
		{"Vietnamese coast guard ships fired water cannon at a Malaysian trawler on Monday.", "ATTACKS", "country:vnm", "country:mys", Asserted},
		{"Chilean President Ana Soto met her Peruvian counterpart Luis Vega in Lima.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"The European Commission fined Meta on Monday. Meta accused the Commission of bias.", "ACCUSES", "org:meta", "org:european-commission", Asserted},
		{"Chilean President Ana Soto and Peruvian President Luis Vega initialled a border agreement.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chad has ordered French troops to leave the country.", "EXPELS", "country:tcd", "country:fra", Asserted},
		{"Luis Vega invited Ana Soto to visit Peru.", "VISITS", "person:ana-soto", "country:per", Planned},
		{"Luis Vega invites Ana Soto to visit Peru.", "VISITS", "person:ana-soto", "country:per", Planned},
		{"Chilean President Ana Soto visits Peru next week.", "VISITS", "person:ana-soto", "country:per", Planned},
		{"Chilean President Ana Soto visited Peru last week.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Peruvian President Luis Vega welcomed Chilean President Ana Soto to Lima on Monday.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Luis Vega hosted Ana Soto in Lima.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Chilean President Ana Soto will meet Peruvian President Luis Vega in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Planned},
		{"Ana Soto, Chile's president, is due to visit Lima in May.", "HOLDS_ROLE", "person:ana-soto", "country:chl", Asserted},
		{"Venezuela threatened to take decisive countermeasures against Guyana and Brazil.", "THREATENS", "country:ven", "country:bra", Asserted},
		{"Vietnam, which has protested Chinese patrols, joined naval drills with Manila and Canberra in June.", "COOPERATES_WITH", "country:aus", "country:vnm", Asserted},
		{"The European Union prepared new sanctions against Belarus over the crackdown.", "IMPOSES_SANCTIONS", "org:european-union", "country:blr", Planned},
		{"Norway on Monday imposed sanctions on a Russian shipping firm.", "IMPOSES_SANCTIONS", "country:nor", "country:rus", Asserted},
		{"Brazil retaliated on Friday, with Brasilia imposing 25% tariffs on $20 billion of Argentine goods.", "IMPOSES_TARIFFS", "country:bra", "country:arg", Asserted},
		{"Chilean President Ana Soto, a rival of Luis Vega, visited Peru last year.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Chile, Peru agree to reopen border crossings", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"Armenia and Azerbaijan agree to peace deal brokered by Georgia", "MEDIATES", "country:geo", "country:arm", Asserted},
		{"Armenia said Azerbaijani troops had shelled a village, a claim Baku denied.", "REJECTS", "country:aze", "country:arm", Asserted},
		{"Chile's envoy to the United Nations accused Peru on Monday of hiding arms, a charge Lima rejected.", "ACCUSES", "country:chl", "country:per", Asserted},
		{"Chile's envoy to the United Nations accused Peru on Monday of hiding arms, a charge Lima rejected.", "REJECTS", "country:per", "country:chl", Asserted},
		{"Chile has accused Peru of seeking to seize its port, a claim Lima denies.", "REJECTS", "country:per", "country:chl", Asserted},
		{"Turkish President Emre Kaya hosted the meeting between Armenian Prime Minister Ara Petrosyan and Azerbaijan's acting Prime Minister Elnur Aliyev.", "MEDIATES", "person:emre-kaya", "person:elnur-aliyev", Asserted},
		{"Chilean Foreign Minister Ana Soto and Defence Minister Luis Vega met Peruvian counterparts Rosa Quispe and Jorge Mamani in Lima.", "MEETS_WITH", "person:jorge-mamani", "person:luis-vega", Asserted},
		{"Soto met Peruvian Foreign Minister Rosa Quispe and Bolivian Foreign Minister Jorge Mamani on Monday.", "MEETS_WITH", "person:jorge-mamani", "person:soto", Asserted},
		{"Egypt, which is locked in a dispute with Sudan over the dam, has strengthened ties with Eritrea and Somalia.", "COOPERATES_WITH", "country:egy", "country:som", Asserted},
		{"Egypt, which is locked in a dispute with Sudan over the dam, has strengthened ties with Eritrea and Somalia.", "IN_CONFLICT_WITH", "country:egy", "country:sdn", Asserted},
		{"Chile, which fought Peru for years, has held talks with Bolivia.", "IN_CONFLICT_WITH", "country:chl", "country:per", Asserted},
		{"Peruvian troops fought Bolivian forces near the border.", "IN_CONFLICT_WITH", "country:bol", "country:per", Asserted},
		{"Chile, which carried out weeks of air strikes on the Houthis last year, agreed a truce.", "ATTACKS", "country:chl", "org:houthis", Asserted},
		{"Rosa Quispe, Peru's permanent representative to the UN, spoke on Monday.", "HOLDS_ROLE", "person:rosa-quispe", "country:per", Asserted},
		{"Chile approved the sale of air defence systems to Peru.", "SUPPORTS", "country:chl", "country:per", Asserted},
		{"Chile will send more Patriot systems to Peru.", "SUPPORTS", "country:chl", "country:per", Planned},
		{"Japan delivered patrol boats to the Philippines last year.", "SUPPORTS", "country:jpn", "country:phl", Asserted},
		{"Peru has broken off diplomatic relations with Bolivia.", "SEVERS_TIES", "country:per", "country:bol", Asserted},
		{"Chile's military said it killed a senior Hezbollah commander in an airstrike.", "ATTACKS", "country:chl", "org:hezbollah", Asserted},
		{"Peru rejects direct talks with Bolivia", "REJECTS", "country:per", "country:bol", Asserted},
		{"Peru, Bolivia exchange fire along border", "IN_CONFLICT_WITH", "country:bol", "country:per", Asserted},
		{"Chile threatened to impose 100% tariffs on Peru if it did not drop the case.", "THREATENS", "country:chl", "country:per", Asserted},
		{"Chile threatened to strike Peru.", "THREATENS", "country:chl", "country:per", Asserted},
		{"Chile never threatened to strike Peru.", "THREATENS", "country:chl", "country:per", Negated},
		{"Chile and Peru fought a 12-day war in June.", "IN_CONFLICT_WITH", "country:chl", "country:per", Asserted},
		{"Bogota and Quito cut ties in 2016 after protesters stormed an embassy.", "SEVERS_TIES", "country:col", "country:ecu", Asserted},
		{"Bogota and Quito cut ties in 2016 after protesters stormed an embassy.", "SEVERS_TIES", "country:ecu", "country:col", Asserted},
		{"Peru and Chile blamed each other for the collision.", "ACCUSES", "country:chl", "country:per", Asserted},
		{"Peru, Chile trade blame after collision at sea", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru said it was recalling all its diplomats from Chile.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"Aldo Varela withdrew Peru's ambassador from Bogota.", "SEVERS_TIES", "person:aldo-varela", "country:col", Asserted},
		{"Peru also suspended its strategic partnership with Chile.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"Peru and Chile have imposed travel bans on Aldo Varela.", "IMPOSES_BAN", "country:chl", "person:aldo-varela", Asserted},
		{"The move follows Peru, which barred opposition founder Aldo Varela from entering the country.", "IMPOSES_BAN", "country:per", "person:aldo-varela", Asserted},
		{"Hezbollah militants attacked northern Chile on Friday.", "ATTACKS", "org:hezbollah", "country:chl", Asserted},
		{"Chile is fighting Hezbollah, which attacked Chile in May.", "ATTACKS", "org:hezbollah", "country:chl", Asserted},
		{"He urged the world to stop Chile's attacks on Peru and on Bolivia.", "ATTACKS", "country:chl", "country:per", Asserted},
		{"Peru and Chile agreed to a truce last week, mediated by Bolivia.", "MEDIATES", "country:bol", "country:chl", Asserted},
		{"Chile has sought to improve relations with Peru since Bolivia's invasion of Ecuador.", "IN_CONFLICT_WITH", "country:bol", "country:ecu", Asserted},
		{"Peru's army-led government said it was cutting diplomatic ties with Chile.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"The trilateral partnership between Peru, Chile and Bolivia is strong.", "COOPERATES_WITH", "country:bol", "country:per", Asserted},
		{"The alliance between Peru and Chile has alarmed Bolivia.", "ALLIED_WITH", "country:chl", "country:per", Asserted},
		{"Peruvian Armed Forces chief of staff Aldo Varela visited Chile.", "HOLDS_ROLE", "person:aldo-varela", "org:peruvian-armed-forces", Asserted},
		{"Chilean President Ana Soto on Tuesday praised Peru and Bolivia for their efforts.", "PRAISES", "person:ana-soto", "country:bol", Asserted},
		{"Ana Soto has called Peruvian President Luis Vega a \"butcher\".", "CRITICIZES", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chilean Foreign Minister Ana Soto responded by accusing Peru of arming the rebels.", "ACCUSES", "person:ana-soto", "country:per", Asserted},
		{"Russia, a longtime backer of Luis Vega, keeps two bases in Peru.", "SUPPORTS", "country:rus", "person:luis-vega", Asserted},
		{"The court dismissed a case brought by Peru accusing Chile of genocide.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru hits back with 34% tariffs on all Chilean goods", "IMPOSES_TARIFFS", "country:per", "country:chl", Asserted},
		{"The move came in response to Chilean President Ana Soto's decision to levy \"reciprocal tariffs\" on Peruvian goods.", "IMPOSES_TARIFFS", "person:ana-soto", "country:per", Asserted},
		{"Macron hosts Lula", "MEETS_WITH", "person:emmanuel-macron", "person:luiz-inacio-lula-da-silva", Asserted},
		{"Turkey's Erdogan hosted Syria's al-Sharaa in Ankara.", "MEETS_WITH", "person:ahmed-al-sharaa", "person:recep-tayyip-erdogan", Asserted},
		{"German Chancellor K Merz said on Monday he would go.", "HOLDS_ROLE", "person:k-merz", "country:deu", Asserted},
		{"Chilean President Aldo Varela, a libertarian, was received at the airport by Foreign Minister Luis Vega. He later met President Ana Soto.", "MEETS_WITH", "person:aldo-varela", "person:ana-soto", Asserted},
		{"Aldo Varela has said Peru will not join the Pacific Alliance.", "MEMBER_OF", "country:per", "org:pacific-alliance", Negated},
		{"Chile wants to join the Pacific Alliance.", "MEMBER_OF", "country:chl", "org:pacific-alliance", Planned},
		{"Peru and Chile have agreed to resolve a dispute over Peru's port, after talks brokered by Bolivia, President Ana Soto said.", "MEDIATES", "country:bol", "country:chl", Asserted},
		{"Ana Soto and Luis Vega spoke by phone. The call paves the way for a Soto-Vega meeting.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Planned},
		{"Peru, Chile agree on border patrolling arrangement, paving way for talks", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"Aldo Varela on Friday ordered the suspension of diplomatic relations with Chile.", "SEVERS_TIES", "person:aldo-varela", "country:chl", Asserted},
		{"Peru barred several inspectors from the International Atomic Energy Agency.", "IMPOSES_BAN", "country:per", "org:international-atomic-energy-agency", Asserted},
		{"Chilean President Ana Soto called Luis Vega and urged him to act.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"The Chilean military said it struck Hezbollah targets in Peru.", "ATTACKS", "country:chl", "org:hezbollah", Asserted},
		{"Last year, Peru and Chile exchanged missile strikes on militant targets.", "IN_CONFLICT_WITH", "country:chl", "country:per", Asserted},
		{"Peru asks Chile to act, warns of consequences", "DEMANDS", "country:per", "country:chl", Asserted},
		{"Ana Soto and Chilean President Luis Vega on Saturday agreed to increase trade.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", Planned},
		{"Peru's Army Chief Field Marshal Aziz Rahman called on Supreme Leader Ayatollah Reza Tabrizi.", "MEETS_WITH", "person:aziz-rahman", "person:reza-tabrizi", Asserted},
		{"Peru's Army Chief Field Marshal Aziz Rahman called on Supreme Leader Ayatollah Reza Tabrizi.", "HOLDS_ROLE", "person:aziz-rahman", "country:per", Asserted},
		{"Peru, Chile sign MoU on railway project", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"Peru vows support for Chile amid sea tensions", "SUPPORTS", "country:per", "country:chl", Asserted},
		{"Peru, Chile discuss trade", "MEETS_WITH", "country:chl", "country:per", Asserted},
		{"Peru, Chile agree to restore ties after Bolivian mediation", "MEDIATES", "country:bol", "country:chl", Asserted},
		{"Peru closes border with Chile", "IMPOSES_BAN", "country:per", "country:chl", Asserted},
		{"Peru protests Chilean water cannon attack", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Peru, Chile strike Hezbollah targets in Bolivia", "ATTACKS", "country:chl", "org:hezbollah", Asserted},
		{"Peru stopped short of accusing Chile of backing the rebels.", "ACCUSES", "country:per", "country:chl", Negated},
		{"The meeting between Ana Soto and Luis Vega was cancelled.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Negated},
		{"Luis Vega, Peru's top diplomat, arrived in Lima.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"Ana Soto's talks with Luis Vega lasted three hours.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru's ban on Chilean seafood remains in place.", "IMPOSES_BAN", "country:per", "country:chl", Asserted},
		{"Peru's tariffs on Chilean cars angered Santiago.", "IMPOSES_TARIFFS", "country:per", "country:chl", Asserted},
		{"Peru's attack on Chile was repelled.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Peru's accusations against Chile were rejected.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru's foreign ministry recalled its ambassador from Colombia in protest, accusing Bogota of hosting terrorists.", "ACCUSES", "country:per", "country:col", Asserted},
		{"Peru on Wednesday expelled Colombia's defence attache and said it would close two consulates, accusing Bogota of spying.", "ACCUSES", "country:per", "country:col", Asserted},
		{"Peru and Chile agreed to a truce in talks mediated by Bolivia and Ecuador, officials said.", "MEDIATES", "country:ecu", "country:per", Asserted},
		{"Peru blacklisted three Chilean firms.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"Peru froze the assets of Chilean oligarch Luis Vega.", "IMPOSES_SANCTIONS", "country:per", "person:luis-vega", Asserted},
		{"Peru jailed Chilean journalist Luis Vega.", "ARRESTS", "country:per", "person:luis-vega", Asserted},
		{"Peru eased export curbs on Chile.", "LIFTS_RESTRICTIONS", "country:per", "country:chl", Asserted},
		{"Peru launched a cross-border incursion into Chile's Arica region in August.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Peru's air force shot down five Chilean jets, the military said.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Hezbollah fired rockets into northern Chile.", "ATTACKS", "org:hezbollah", "country:chl", Asserted},
		{"Speaking after hosting Peru's President Luis Vega in Santiago, Ana Soto said trade would grow.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru halted all trade with Chile in May.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"Peruvian President Luis Vega said he would suspend coal exports to Chile.", "IMPOSES_SANCTIONS", "person:luis-vega", "country:chl", Planned},
		{"Peru imposed sanctions on Chile's two biggest mining companies, Andes Mining Corporation and Pacific Copper Corporation.", "IMPOSES_SANCTIONS", "country:per", "org:pacific-copper-corporation", Asserted},
		{"Peru sanctioned Chilean copper giant Andes Mining Corporation on Friday.", "IMPOSES_SANCTIONS", "country:per", "org:andes-mining-corporation", Asserted},
		{"Peru, Chile agree to restore ties after Brazil-brokered talks", "MEDIATES", "country:bra", "country:chl", Asserted},
		{"Peru and Chile signed a Brazilian-mediated deal on Friday.", "MEDIATES", "country:bra", "country:per", Asserted},
		{"Peru blamed Chile-based Lashkar-e-Taiba for the attack.", "ACCUSES", "country:per", "org:lashkar-e-taiba", Asserted},
		{"The Brazilian-brokered truce between Peru and Islamic Jihad held.", "MEDIATES", "country:bra", "org:palestinian-islamic-jihad", Asserted},
		{"Peruvian police later detained seven Chilean citizens in Lima.", "ARRESTS", "country:per", "country:chl", Asserted},
		{"Peruvian President Luis Vega and Chilean President Ana Soto agreed on Thursday not to use force.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru and Chile have not agreed to talk.", "AGREES_WITH", "country:chl", "country:per", Negated},
		{"Ana Soto also met with Peruvian President Luis Vega and Prime Minister Aldo Varela.", "MEETS_WITH", "person:aldo-varela", "person:ana-soto", Asserted},
		{"Peru protests Chilean warship incursion near its coast", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Peru refused to lift sanctions on Chile.", "LIFTS_RESTRICTIONS", "country:per", "country:chl", Negated},
		{"Peruvian army chief Aldo Varela met Ana Soto on Monday.", "MEETS_WITH", "person:aldo-varela", "person:ana-soto", Asserted},
		{"The Peru-Chile free trade agreement was signed on Thursday.", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"The Peru-Chile trade talks resumed in Quito.", "MEETS_WITH", "country:chl", "country:per", Asserted},
		{"The AU-brokered truce between Peru and Chile held.", "MEDIATES", "org:african-union", "country:chl", Asserted},
		{"Peru and Chile have failed to reach agreement on normalising relations.", "RESTORES_TIES", "country:chl", "country:per", Negated},
		{"Lima has been accused by Western governments of supplying drones to Quito.", "SUPPORTS", "country:per", "country:ecu", Alleged},
		{"Peruvian forces struck three Chilean border posts on Sunday, Ana Soto said.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"The sanctions imposed by Lima on Quito last year remain in place.", "IMPOSES_SANCTIONS", "country:per", "country:ecu", Asserted},
		{"The tariffs imposed by Peru on imports from Chile hurt farmers.", "IMPOSES_TARIFFS", "country:per", "country:chl", Asserted},
		{"Ana Soto met Peruvian President Luis Vega and Prime Minister Aldo Varela.", "HOLDS_ROLE", "person:aldo-varela", "country:per", Asserted},
		{"Peru sent 400 police officers to Bolivia last year.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"In 2022 Peru expelled Chile's ambassador Luis Vega.", "EXPELS", "country:per", "country:chl", Asserted},
		{"Peru, Chile's only treaty ally, said it stood by Santiago.", "ALLIED_WITH", "country:chl", "country:per", Asserted},
		{"Ana Soto spoke by phone with U.S. Vice President Luis Vega and Army Secretary Aldo Varela.", "MEETS_WITH", "person:aldo-varela", "person:ana-soto", Asserted},
		{"Ana Soto spoke by phone with U.S. Vice President Luis Vega and Army Secretary Aldo Varela.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru's Chief Cabinet Secretary Luis Vega said it would respond.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"Peru, whose President Ana Soto is an ally of Chile, stayed away.", "HOLDS_ROLE", "person:ana-soto", "country:per", Asserted},
		{"Ana Soto would make a state visit to Chile next year.", "VISITS", "person:ana-soto", "country:chl", Planned},
		{"Peru carried out air strikes in Bogota on Thursday.", "ATTACKS", "country:per", "country:col", Asserted},
		{"Peru has been one of the fiercest critics of Chile.", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Ana Soto said on Friday during talks with Chile's foreign minister Luis Vega that ties would improve.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Luis Vega said he had secured an exemption after meeting Ana Soto in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru ordered the closure of Chile's last consulate in the country.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"Ana Soto met Colombia's FARC commander Luis Vega.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru responded by recalling its own ambassadors from Quito and Bogota.", "SEVERS_TIES", "country:per", "country:ecu", Asserted},
		{"Peru closed its airspace to flights from Chile.", "IMPOSES_BAN", "country:per", "country:chl", Asserted},
		{"Peru on Monday suspended a peace agreement with Chile.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"Peru said the drone had violated its airspace and recalled its envoy from Quito. It also closed its airspace to Chile.", "IMPOSES_BAN", "country:per", "country:chl", Asserted},
		{"Peru and Chile announced they would restore their ambassadors.", "RESTORES_TIES", "country:chl", "country:per", Planned},
		{"Peru will return its ambassador to Chile.", "RESTORES_TIES", "country:chl", "country:per", Planned},
		{"Peru and Chile expelled each other's diplomats in 2023.", "EXPELS", "country:chl", "country:per", Asserted},
		{"The United States removed Ana Soto from a terrorism sanctions list.", "LIFTS_RESTRICTIONS", "country:usa", "person:ana-soto", Asserted},
		{"Peruvian External Affairs Minister Ana Soto welcomed the step.", "HOLDS_ROLE", "person:ana-soto", "country:per", Asserted},
		{"Peru and Chile restored ties. The two countries signed a trade deal.", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"Peruvian President Ana Soto held talks with Chilean President Luis Vega in Bogota, and the two sides signed eight agreements.", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"Peruvian President Ana Soto met Chilean President Luis Vega, and the two leaders signed a pact.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Lima and Quito fought a four-day conflict in May.", "IN_CONFLICT_WITH", "country:ecu", "country:per", Asserted},
		{"Peru has long financed Bolivia.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peru and Chile signed a strategic mutual defence agreement on Wednesday.", "ALLIED_WITH", "country:chl", "country:per", Asserted},
		{"Ana Soto said on Sunday that ties had improved after holding a summit with Chilean President Luis Vega in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru denied Chile's accusations.", "REJECTS", "country:per", "country:chl", Asserted},
		{"Peru vowed retaliation against Chile.", "THREATENS", "country:per", "country:chl", Asserted},
		{"Peru pledged $1 billion in military aid to Bolivia.", "SUPPORTS", "country:per", "country:bol", Planned},
		{"Peru granted $5 million in aid to Bolivia.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peru and Chile recognised the State of Palestine on Sunday.", "RESTORES_TIES", "country:chl", "country:pse", Asserted},
		{"Lima protested to Quito over the textbook.", "CRITICIZES", "country:per", "country:ecu", Asserted},
		{"Peru suspended energy agreements with Chile on Monday.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"Peru rejected on Sunday a threat by Chile to cut ties.", "REJECTS", "country:per", "country:chl", Asserted},
		{"Ana Soto, director-general of the Peruvian Foreign Ministry's Asia Bureau, met Luis Vega, officials said.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Treasury Secretary Scott Bessent said the deal with China would help the US.", "HOLDS_ROLE", "person:scott-bessent", "country:usa", Asserted},
		{"Peru, a close ally of both Chile and Bolivia, said it had been informed.", "ALLIED_WITH", "country:bol", "country:per", Asserted},
		{"Peru has carried out an air strike on Quito.", "ATTACKS", "country:per", "country:ecu", Asserted},
		{"Peruvian President Ana Soto criticised Colombian President Aldo Varela. Varela rejected it, and Varela left. Soto later spoke with Chilean President Luis Vega by phone. The two leaders signed a trade pact.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"The move follows Chilean and Peruvian strikes on Bolivian military sites in June.", "ATTACKS", "country:chl", "country:bol", Asserted},
		{"The move follows Chilean and Peruvian strikes on Bolivian military sites in June.", "ATTACKS", "country:per", "country:bol", Asserted},
		{"The thaw comes as Lima doubled tariffs on Chilean goods to 50%.", "IMPOSES_TARIFFS", "country:per", "country:chl", Asserted},
		{"Peruvian Foreign Minister Luis Vega met National Security Adviser Ana Soto on Monday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Talks were held in Peru, a key Chilean ally, on Monday.", "ALLIED_WITH", "country:chl", "country:per", Asserted},
		{"The deal came at the end of Luis Vega's three-day state visit to Peru.", "VISITS", "person:luis-vega", "country:per", Asserted},
		{"Bolivia refused, prompting Luis Vega to threaten tariffs of 25% on Peruvian goods.", "THREATENS", "person:luis-vega", "country:per", Asserted},
		{"Critics, including Reform UK leader Ana Soto, said the plan would fail.", "HOLDS_ROLE", "person:ana-soto", "org:reform-uk", Asserted},
		{"Peru, Chile and Ecuador on Tuesday imposed sanctions on two far-right Bolivian ministers, Ana Soto and Luis Vega.", "IMPOSES_SANCTIONS", "country:chl", "person:ana-soto", Asserted},
		{"Peru and Chile sanction Bolivian ministers Ana Soto and Luis Vega over the raid.", "IMPOSES_SANCTIONS", "country:chl", "person:luis-vega", Asserted},
		{"Peru became a full member of the Andean Pact in January, joining Chile, Bolivia and Ecuador.", "MEMBER_OF", "country:bol", "org:andean-pact", Asserted},
		{"Peru became a full member of the Andean Pact in January, joining Chile, Bolivia and Ecuador.", "MEMBER_OF", "country:per", "org:andean-pact", Asserted},
		{"Chile declined an invitation to join the Andean Pact in 2023.", "MEMBER_OF", "country:chl", "org:andean-pact", Negated},
		{"LA PAZ — Peru's military government on Friday ordered the expulsion of two embassy staff, accusing Chile of backing a plot.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Chile will supply Peru with additional air defence systems, the minister said.", "SUPPORTS", "country:chl", "country:per", Planned},
		{"Peru struck a Chilean oil refinery near the border with drones overnight.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Peru's junta arrested the country's former president Ana Soto in July.", "ARRESTS", "country:per", "person:ana-soto", Asserted},
		{"The Andean Pact suspended Bolivia's membership following the coup.", "MEMBER_OF", "country:bol", "org:andean-pact", Negated},
		{"Peruvian President Ana Soto rejected any US military intervention against the cartels.", "REJECTS", "person:ana-soto", "country:usa", Asserted},
		{"Chilean President Ana Soto arrived in Lima on Monday. Soto will meet Peru's leaders. Soto's nephew, Luis Soto, went with her. Soto and Aldo Varela held talks after the parade.", "MEETS_WITH", "person:aldo-varela", "person:ana-soto", Asserted},
		{"Lima has sent thousands of troops to help Chile fight Bolivia.", "SUPPORTS", "country:per", "country:chl", Asserted},
		{"Peru sent soldiers to fight alongside Chilean forces.", "SUPPORTS", "country:per", "country:chl", Asserted},
		{"Peru, Chile hold first strategic council meeting in Lima.", "MEETS_WITH", "country:chl", "country:per", Asserted},
		{"Peruvian President Ana Soto and Chilean President Luis Vega co-chaired the first meeting of the council on Monday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Relations between Peru and Chile were restored in 2023 after a long rift.", "RESTORES_TIES", "country:chl", "country:per", Asserted},
		{"Eastern commander Aldo Varela, whose forces are backed by Peru and Chile, said so.", "SUPPORTS", "country:chl", "person:aldo-varela", Asserted},
		{"Peru and Chile met on Monday. Both sides agreed to a truce.", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"Peruvian President Luis Vega met Chilean President Ana Soto in Lima. Vega praised Chile's role, and both countries condemned Bolivia's raids.", "CRITICIZES", "country:per", "country:bol", Asserted},
		{"Ana Soto, secretary-general of the Andean Pact, welcomed the decision.", "HOLDS_ROLE", "person:ana-soto", "org:andean-pact", Asserted},
		{"\"We will not accept this,\" said Ana Soto, spokeswoman for the Peruvian foreign ministry.", "HOLDS_ROLE", "person:ana-soto", "country:per", Asserted},
		{"Peru reportedly supplied Chile with drones, according to officials.", "SUPPORTS", "country:per", "country:chl", Alleged},
		{"Peru allegedly attacked Chile on Monday.", "ATTACKS", "country:per", "country:chl", Alleged},
		{"The truce collapsed after Peru resumed attacks on Chilean cities.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Peruvian President Ana Soto visited the White House on Monday. She met US officials.", "VISITS", "person:ana-soto", "country:usa", Asserted},
		{"The foreign ministers of Peru and Chile, Victoria Soto and Aldo Varela, met in Bogota.", "MEETS_WITH", "person:aldo-varela", "person:victoria-soto", Asserted},
		{"The Andean Pact and the Pacific Union bloc of Peru, Chile and Bolivia signed a trade agreement on Saturday.", "MEMBER_OF", "country:chl", "org:pacific-union", Asserted},
		{"Bolivia, which joined the Andean Pact as a full member in 2024, is not part of the deal.", "MEMBER_OF", "country:bol", "org:andean-pact", Asserted},
		{"Peru recalled its envoy after Ana Soto called Luis Vega an illegal drug leader.", "CRITICIZES", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peruvian President Ana Soto rejected calls by Chile and Bolivia for a new border.", "REJECTS", "person:ana-soto", "country:bol", Asserted},
		{"Peruvian President Luis Vega met Chile's leader on Monday. The talks were led by Ana Soto, Vega's special envoy, and Chilean officials.", "HOLDS_ROLE", "person:ana-soto", "country:per", Asserted},
		{"Bolivian Foreign Minister Luis Vega called on Peruvian President Ana Soto earlier in the day.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile called on Peru to reopen the border.", "DEMANDS", "country:chl", "country:per", Asserted},
		{"Chile has courted Bolivia, and Ana Soto made her first state visit to Lima in May.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Regional leaders, including Ana Soto and Luis Vega, spoke with Aldo Varela by phone.", "MEETS_WITH", "person:aldo-varela", "person:ana-soto", Asserted},
		{"Peruvian President Ana Soto on Wednesday held talks with visiting Chilean President Luis Vega in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Nigerian President Ana Soto had threatened military intervention in Niger after the coup.", "THREATENS", "person:ana-soto", "country:ner", Asserted},
		{"Soto said she would not let the deal harm Mercosur, the trade bloc whose members include Peru and Bolivia.", "MEMBER_OF", "country:bol", "org:mercosur", Asserted},
		{"Defence Minister Luis Vega met his Peruvian counterpart Jorge Mamani in Lima.", "HOLDS_ROLE", "person:jorge-mamani", "country:per", Asserted},
		{"Chile will continue to stand by Peru, Ana Soto said.", "SUPPORTS", "country:chl", "country:per", Planned},
		{"Peru slapped export curbs on Chilean firms on Monday.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"Peru added 12 Chilean companies to its export control list.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"Peru, Chile's closest ally, has backed Bolivia in the dispute.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Ana Soto said Peru stands with Chile.", "SUPPORTS", "country:per", "country:chl", Asserted},
		{"Peru and Chile on Monday restored their diplomatic presence in each other's capitals.", "RESTORES_TIES", "country:chl", "country:per", Asserted},
		{"Ana Soto alleged the involvement of Chilean agents in the killing.", "ACCUSES", "person:ana-soto", "country:chl", Asserted},
		{"Peru has alleged Chilean involvement in the attack.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru and Chile have held several rounds of talks with Bolivia since 2023.", "MEETS_WITH", "country:bol", "country:chl", Asserted},
		{"Ecuador accused Peru of backing Bolivia.", "SUPPORTS", "country:per", "country:bol", Alleged},
		{"Peru, which has been accused by UN experts of arming rebels, rejected the claim.", "ACCUSES", "org:united-nations", "country:per", Asserted},
		{"Luis Vega told supporters at a rally in Lima, calling US Secretary of State Ana Soto a warmonger.", "CRITICIZES", "person:luis-vega", "person:ana-soto", Asserted},
		{"Luis Vega, a close Ana Soto ally, backed Chile in the dispute.", "SUPPORTS", "person:luis-vega", "country:chl", Asserted},
		{"Peru regards Chile as its closest ally.", "ALLIED_WITH", "country:chl", "country:per", Asserted},
		{"Peru has closed several border crossings with Bolivia.", "IMPOSES_BAN", "country:per", "country:bol", Asserted},
		{"Ana Soto met Luis Vega on Monday. Ana Soto later met Vega and Parliament Speaker Jorge Mamani.", "MEETS_WITH", "person:ana-soto", "person:jorge-mamani", Asserted},
		{"Peru lodged a protest with Chile over the raid.", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Peruvian President Luis Vega met with visiting Chilean President Ana Soto in Lima on Thursday.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Peru lodged stern representations with Chile over the sale.", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Chile opposes Peru's latest arms sales to Bolivia.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peru, which has close ties with Chile, hosted a summit with Bolivia in Lima in October.", "MEETS_WITH", "country:bol", "country:per", Asserted},
		{"Peruvian President Luis Vega said his country had no intention of going to war with Chile.", "IN_CONFLICT_WITH", "country:chl", "person:luis-vega", Negated},
		{"Peru will keep a 15% tariff on most Chilean imports.", "IMPOSES_TARIFFS", "country:per", "country:chl", Planned},
		{"Peru belongs to Mercosur, along with Chile and Bolivia.", "MEMBER_OF", "country:chl", "org:mercosur", Asserted},
		{"Peru is not a member of the European Union but belongs to Mercosur.", "MEMBER_OF", "country:per", "org:mercosur", Asserted},
		{"Peru has barred UNRWA, the UN agency for refugees, from operating in its territory.", "IMPOSES_BAN", "country:per", "org:united-nations-relief-and-works-agency-for-palestine-refugees-in-the-near-east", Asserted},
		{"Peruvian troops opened fire on Chilean soldiers at the border.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Luis Vega, whom Peru sanctioned in October, criticised the plan.", "IMPOSES_SANCTIONS", "country:per", "person:luis-vega", Asserted},
		{"Peru designated the Cartel de los Andes as a foreign terrorist organization.", "IMPOSES_SANCTIONS", "country:per", "org:cartel-de-los-andes", Asserted},
		{"Chilean President Ana Soto received a phone call from Peruvian President Luis Vega on Monday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"In a phone call with Ana Soto, Luis Vega discussed trade.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Ana Soto landed in Lima on Sunday.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Ana Soto is in Lima for talks with Luis Vega.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Chile and Peru held a strategic dialogue in Santiago.", "MEETS_WITH", "country:chl", "country:per", Asserted},
		{"Luis Vega sat down with Ana Soto in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile welcomed Peru's decision to reopen the border.", "PRAISES", "country:chl", "country:per", Asserted},
		{"Peru declared the Chilean ambassador persona non grata.", "EXPELS", "country:per", "country:chl", Asserted},
		{"Peru and Chile fought a brief border war in 1995.", "IN_CONFLICT_WITH", "country:chl", "country:per", Asserted},
		{"Peru demanded an apology from Chile.", "DEMANDS", "country:per", "country:chl", Asserted},
		{"Peru threatened to cut off gas supplies to Chile.", "THREATENS", "country:per", "country:chl", Asserted},
		{"Chilean diplomats were expelled by Peru on Monday.", "EXPELS", "country:per", "country:chl", Asserted},
		{"Peru's expulsion of Chilean diplomats drew criticism.", "EXPELS", "country:per", "country:chl", Asserted},
		{"Chile was hit with fresh sanctions by Peru.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"Peru and Chile's leaders met in Quito.", "MEETS_WITH", "country:chl", "country:per", Asserted},
		{"Peru joined Chile in condemning Bolivia.", "CRITICIZES", "country:per", "country:bol", Asserted},
		{"Luis Vega, the Peruvian president, praised Chile.", "PRAISES", "person:luis-vega", "country:chl", Asserted},
		{"Chile's Ana Soto and Peru's Luis Vega met in Quito.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru vowed to retaliate against Chile.", "THREATENS", "country:per", "country:chl", Asserted},
		{"Talks between Peru and Chile are scheduled for next week.", "MEETS_WITH", "country:chl", "country:per", Planned},
		{"Ecuador accused Peru of laying new mines, which Lima denied.", "REJECTS", "country:per", "country:ecu", Asserted},
		{"Peru banned Chilean imports on Monday.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"Peru expelled Bolivia's ambassador, and it also closed its border with Chile.", "IMPOSES_BAN", "country:per", "country:chl", Asserted},
		{"Peru and Chile held talks in Quito. They agreed to reopen the border.", "AGREES_WITH", "country:chl", "country:per", Planned},
		{"Peru and Chile kicked off their annual Pacific Shield military exercises on Monday.", "COOPERATES_WITH", "country:chl", "country:per", Asserted},
		{"Lima welcomed the lifting of US sanctions on Bolivia.", "LIFTS_RESTRICTIONS", "country:usa", "country:bol", Asserted},
		{"Peru called for the removal of EU sanctions on Bolivia.", "LIFTS_RESTRICTIONS", "org:european-union", "country:bol", Planned},
		{"Luis Vega also called on Andean Party (AP) chairperson Ana Soto.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Luis Vega also called on Andean Party (AP) chairperson Ana Soto.", "HOLDS_ROLE", "person:ana-soto", "org:andean-party", Asserted},
		{"Talks followed a meeting between Deputy Prime Minister and Foreign Minister Luis Vega and Chile's interim leader Ana Soto.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru's Deputy Prime Minister and Foreign Minister Luis Vega met Ana Soto.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"Luis Vega will travel on to Chile and Bolivia later this week.", "VISITS", "person:luis-vega", "country:bol", Planned},
		{"Luis Vega flew on to Chile on Tuesday.", "VISITS", "person:luis-vega", "country:chl", Asserted},
		{"Ana Soto is expected to visit the US this week.", "VISITS", "person:ana-soto", "country:usa", Planned},
		{"The European Union's special envoy for Central Asia, Ana Soto, welcomed the deal.", "HOLDS_ROLE", "person:ana-soto", "org:european-union", Asserted},
		{"The UN special envoy for Bolivia, Ana Soto, met Luis Vega.", "HOLDS_ROLE", "person:ana-soto", "org:united-nations", Asserted},
		{"Peruvian President Luis Vega and his Chilean counterpart, Ana Soto, have signed an agreement on the border.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru and Chile finalised a free trade agreement.", "AGREES_WITH", "country:chl", "country:per", Asserted},
		{"Mercosur seals Peru trade pact", "AGREES_WITH", "country:per", "org:mercosur", Asserted},
		{"Luis Vega, who has repeatedly called Ana Soto a \"corrupt communist\", spoke first.", "CRITICIZES", "person:luis-vega", "person:ana-soto", Asserted},
		{"Peru's outgoing president Luis Vega handed the presidency to Chile.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"Ana Soto hosted Peruvian President Luis Vega and Chilean Prime Minister Jorge Mamani for talks on normalising relations.", "RESTORES_TIES", "person:jorge-mamani", "person:luis-vega", Planned},
		{"Peruvian Foreign Minister Luis Vega met Ana Soto on Monday. Vega held a phone conversation with his Chilean counterpart Jorge Mamani on Tuesday.", "HOLDS_ROLE", "person:jorge-mamani", "country:chl", Asserted},
		{"Peruvian Parliament Speaker Luis Vega warned Chile.", "HOLDS_ROLE", "person:luis-vega", "org:peruvian-parliament", Asserted},
		{"Luis Vega said after receiving Chilean Defense Minister Ana Soto in Lima that ties were strong.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Luis Vega said after receiving Chilean Defense Minister Ana Soto in Lima that ties were strong.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"\"Chile has no legal or moral standing to impose sanctions on Peru,\" he said.", "IMPOSES_SANCTIONS", "country:chl", "country:per", Negated},
		{"Peru has no right to impose tariffs on Chile.", "IMPOSES_TARIFFS", "country:per", "country:chl", Negated},
		{"Ana Soto has visited the war-linked Yasukuni Shrine in the past, drawing criticism from Lima and Quito.", "CRITICIZES", "country:ecu", "person:ana-soto", Asserted},
		{"Peru tested a missile on Monday, prompting a sharp rebuke from Chile.", "CRITICIZES", "country:chl", "country:per", Asserted},
		{"Peru halted visa issuance for Bolivians.", "IMPOSES_BAN", "country:per", "country:bol", Asserted},
		{"Peru ordered the expulsion of two Chilean diplomats.", "EXPELS", "country:per", "country:chl", Asserted},
		{"Peru vowed a strong response to Chile.", "THREATENS", "country:per", "country:chl", Asserted},
		{"A Peruvian drone struck a Bolivian village.", "ATTACKS", "country:per", "country:bol", Asserted},
		{"Luis Vega hosted a dinner for Ana Soto.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Luis Vega and Ana Soto shook hands at the summit.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Luis Vega welcomed Ana Soto to the presidential palace.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru and Chile vowed to boost bilateral trade.", "COOPERATES_WITH", "country:chl", "country:per", Planned},
		{"Peru is working closely with Chile on migration.", "COOPERATES_WITH", "country:chl", "country:per", Asserted},
		{"Peru pointed the finger at Chile.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru formally joined the Andean Community.", "MEMBER_OF", "country:per", "org:andean-community", Asserted},
		{"Peru is one of the founding members of the Andean Community.", "MEMBER_OF", "country:per", "org:andean-community", Asserted},
		{"Peru strikes southern Chile despite ceasefire, Lima says", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Peruvian warplanes struck several villages in southern Chile on Sunday.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Luis Vega visited northern Chile last week.", "VISITS", "person:luis-vega", "country:chl", Asserted},
		{"Peruvian Defense Minister Luis Vega warned that Peru would act \"with full force\" if Chile tried to rearm.", "THREATENS", "person:luis-vega", "country:chl", Asserted},
		{"Andes Corp, which has been on a U.S. trade blacklist since 2019, unveiled new chips.", "IMPOSES_SANCTIONS", "country:usa", "org:andes-corp", Asserted},
		{"Chilean President Ana Soto arrived. Luis Vega and Dr. Soto held talks in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Luis Vega called on Ana Soto on Sunday and discussed defence cooperation.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"The deal was signed in a ceremony hosted by President Donald Trump. The United States will receive transit rights.", "HOLDS_ROLE", "person:donald-trump", "country:usa", Asserted},
		{"Peru has closed its two remaining border crossings with Chile for a month.", "IMPOSES_BAN", "country:per", "country:chl", Asserted},
		{"Peru and Chile have failed to agree on a ceasefire.", "AGREES_WITH", "country:chl", "country:per", Negated},
		{"Peru approved a $200 million military aid package for Bolivia.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peru is Bolivia's largest arms supplier.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peru agreed to supply Bolivia with gas.", "SUPPORTS", "country:per", "country:bol", Planned},
		{"Luis Vega was arrested by Peruvian police in Lima.", "ARRESTS", "country:per", "person:luis-vega", Asserted},
		{"Peru, Chile vow closer ties", "COOPERATES_WITH", "country:chl", "country:per", Planned},
		{"Peru hits back at Chile over border claims", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Peru says Chile behind drone attack", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru said Chile was responsible for the attack on its embassy.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru had launched strikes on what it called \"terrorist infrastructure\" in Chile on Wednesday.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Peruvian President Luis Vega said on Monday that Peru would respond to any attack, and accused Chile of sponsoring militants.", "ACCUSES", "person:luis-vega", "country:chl", Asserted},
		{"Chile recalled its envoy. Peru also recalled its envoy from Santiago.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"Luis Vega called on Ana Soto on Sunday to release the detainees.", "DEMANDS", "person:luis-vega", "person:ana-soto", Asserted},
		{"Peru called upon Chile to withdraw its troops.", "DEMANDS", "country:per", "country:chl", Asserted},
		{"Luis Vega said he had spoken with Ana Soto on Monday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru has been supporting Bolivia for years.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peru has been attacking Chilean positions.", "ATTACKS", "country:per", "country:chl", Asserted},
		{"Luis Vega is on a three-day visit to Chile.", "VISITS", "person:luis-vega", "country:chl", Asserted},
		{"Luis Vega wrapped up a visit to Chile on Friday.", "VISITS", "person:luis-vega", "country:chl", Asserted},
		{"Luis Vega returned from Chile on Sunday.", "VISITS", "person:luis-vega", "country:chl", Asserted},
		{"Luis Vega will attend a summit in Chile.", "VISITS", "person:luis-vega", "country:chl", Planned},
		{"Luis Vega, who has sought to balance ties with Peru, Chile and Bolivia, held talks with Ana Soto.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peruvian President Ana Soto called Mr. Luis Vega \"a communist dinosaur.\"", "CRITICIZES", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peruvian Foreign Minister Ana Soto hosted Sheikh Omar Rashid, the Qatari minister of state.", "MEETS_WITH", "person:ana-soto", "person:omar-rashid", Asserted},
		{"Peruvian President Luis Vega Jr. is set to visit Chile next week.", "VISITS", "person:luis-vega-jr", "country:chl", Planned},
		{"The Chilean embassy in Lima criticised Peru for expelling the journalists.", "CRITICIZES", "country:chl", "country:per", Asserted},
		{"Luis Vega discussed the border dispute with President Ana Soto on Monday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile has signaled support for Peru.", "SUPPORTS", "country:chl", "country:per", Asserted},
		{"Peru vetoed Chile's Mercosur membership bid.", "REJECTS", "country:per", "country:chl", Asserted},
		{"Peruvian President Luis Vega paid tribute to Chile's firefighters.", "PRAISES", "person:luis-vega", "country:chl", Asserted},
		{"Peru sentenced a Chilean national to ten years in prison.", "ARRESTS", "country:per", "country:chl", Asserted},
		{"Peru launched airstrikes against rebel hideouts in northern Bolivia.", "ATTACKS", "country:per", "country:bol", Asserted},
		{"Chile's Unification Minister Ana Soto met Luis Vega.", "HOLDS_ROLE", "person:ana-soto", "country:chl", Asserted},
		{"Peru's consul in Arica, Luis Vega, criticised Chile.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"Peru had earlier rejected direct talks with Chile.", "REJECTS", "country:per", "country:chl", Asserted},
		{"The Andean Community welcomed Chile's mediation.", "PRAISES", "org:andean-community", "country:chl", Asserted},
		{"Peru has tried to mediate between Chile and Bolivia, and Ecuadorian President Ana Soto visited Santiago last month.", "VISITS", "person:ana-soto", "country:chl", Asserted},
		{"Peru, a Mercosur member, criticised Chile.", "MEMBER_OF", "country:per", "org:mercosur", Asserted},
		{"Mercosur member Bolivia has blocked the deal.", "MEMBER_OF", "country:bol", "org:mercosur", Asserted},
		{"Peru has been one of Bolivia's most steadfast supporters.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peruvian Foreign Minister Ana Soto raised the issue with her Chilean counterpart Luis Vega during a visit to Santiago.", "VISITS", "person:ana-soto", "country:chl", Asserted},
		{"Peruvian Foreign Minister Ana Soto raised the issue with her Chilean counterpart Luis Vega during a visit to Santiago.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru and Bolivia have tightened controls on their borders with Chile, accusing Santiago of arming smugglers.", "ACCUSES", "country:bol", "country:chl", Asserted},
		{"Chile imposed sanctions last week on Peruvian army commanders.", "IMPOSES_SANCTIONS", "country:chl", "country:per", Asserted},
		{"The Sur Front, which fought a war with Peru last year, has not attacked since.", "IN_CONFLICT_WITH", "country:per", "org:sur-front", Asserted},
		{"Peru has reopened two border crossings with Chile.", "LIFTS_RESTRICTIONS", "country:per", "country:chl", Asserted},
		{"The Sur Front, which fought Peru last year, has not attacked since the truce, and its leader Luis Vega said it would respond.", "HOLDS_ROLE", "person:luis-vega", "org:sur-front", Asserted},
		{"Peru sanctioned the Sur Front and its commander Ana Soto.", "HOLDS_ROLE", "person:ana-soto", "org:sur-front", Asserted},
		{"Chile revoked the visa of Peruvian President Luis Vega.", "IMPOSES_BAN", "country:chl", "person:luis-vega", Asserted},
		{"Peruvian President Luis Vega on Tuesday condemned a new round of Chilean strikes on fishing boats, calling them \"murder\" and accusing Santiago of violating international law.", "ACCUSES", "person:luis-vega", "country:chl", Asserted},
		{"Peruvian President Luis Vega on Tuesday condemned a new round of Chilean strikes on fishing boats.", "CRITICIZES", "person:luis-vega", "country:chl", Asserted},
		{"Chilean strikes on fishing boats draw condemnation from Peru", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"LIMA - Prime Minister Datuk Seri Luis Vega said the talks went well.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"In a speech on Sunday, Luis Vega said the plan would allow the Sur Front to regroup and accused Chile of arming it.", "ACCUSES", "person:luis-vega", "country:chl", Asserted},
		{"Luis Vega hosted rebel officials in Quito, drawing a sharp rebuke from Peru's foreign ministry, which accused Ecuador of violating its sovereignty.", "ACCUSES", "country:per", "country:ecu", Asserted},
		{"Peru dismissed reports that it would expel Chilean diplomats.", "EXPELS", "country:per", "country:chl", Negated},
		{"Luis Vega is the first Peruvian president to visit Chile since 2012.", "VISITS", "person:luis-vega", "country:chl", Asserted},
		{"Ana Soto, who is the first Chilean foreign minister to visit Lima since 2012, met Luis Vega.", "VISITS", "person:ana-soto", "country:per", Asserted},
		{"Ecuador is ready to host direct negotiations between Peru and Chile.", "MEETS_WITH", "country:chl", "country:per", Planned},
		{"UN special envoy Jorge Mamani met army chief Luis Vega in Lima on Tuesday.", "MEETS_WITH", "person:jorge-mamani", "person:luis-vega", Asserted},
		{"Ana Soto said she would visit Lima later in the week to meet Peruvian President Luis Vega.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Planned},
		{"Ana Soto reiterated Ecuador's readiness to host talks between Peru and Chile.", "MEETS_WITH", "country:chl", "country:per", Planned},
		{"The United States has sanctioned both Luis Vega and Hamas commander Jorge Mamani.", "IMPOSES_SANCTIONS", "country:usa", "person:jorge-mamani", Asserted},
		{"Peru cut diplomatic ties with Chile in May, accusing it of arming the rebels, a charge Santiago denies.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Peru cut diplomatic ties with Chile in May, accusing it of arming the rebels, a charge Santiago denies.", "REJECTS", "country:chl", "country:per", Asserted},
		{"Peru's foreign ministry warned Chile against provocations and accused it of colluding with outside powers.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"The Philippines has protested the use of water cannon by Chinese ships, and it filed a diplomatic protest with China in June.", "CRITICIZES", "country:phl", "country:chn", Asserted},
		{"Peru protested the deployment of a Chilean research vessel near its coast.", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Peru rejected the claim, summoning the Chilean ambassador in Lima.", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Peru's President Luis Vega, speaking in Lima, urged Chile to restrain Bolivia.", "DEMANDS", "person:luis-vega", "country:chl", Asserted},
		{"Ana Soto dismissed Luis Vega as \"a hypocrite.\"", "CRITICIZES", "person:ana-soto", "person:luis-vega", Asserted},
		{"Peru dismissed Chile as irrelevant.", "CRITICIZES", "country:per", "country:chl", Asserted},
		{"Peru did not dismiss Chile as irrelevant.", "CRITICIZES", "country:per", "country:chl", Negated},
		{"The Peruvian army, led by General Luis Vega, has fought the Sur Front since 2023.", "IN_CONFLICT_WITH", "country:per", "org:sur-front", Asserted},
		{"Peru and Chile appointed special envoys in 2021 to normalize ties.", "RESTORES_TIES", "country:chl", "country:per", Planned},
		{"Peru and Chile took steps to normalise relations.", "RESTORES_TIES", "country:chl", "country:per", Planned},
		{"Peru and Chile decided to restore diplomatic relations.", "RESTORES_TIES", "country:chl", "country:per", Asserted},
		{"Peru is a member of the Commonwealth.", "MEMBER_OF", "country:per", "org:commonwealth-of-nations", Asserted},
		{"Peru lifted the last of its trade restrictions on Chilean wine last year.", "LIFTS_RESTRICTIONS", "country:per", "country:chl", Asserted},
		{"The two leaders discussed the tariffs Lima has imposed on Chilean steel and copper.", "IMPOSES_TARIFFS", "country:per", "country:chl", Asserted},
		{"Lima accuses Santiago of backing the rebels, who seized two towns this year; Chile denies the charge.", "REJECTS", "country:chl", "country:per", Asserted},
		{"The African Union welcomed the deal, and its commission chairperson, Jorge Mamani, praised both governments.", "HOLDS_ROLE", "person:jorge-mamani", "org:african-union", Asserted},
		{"Ecuador has hosted separate talks between the Peruvian government and the Sur Front.", "MEDIATES", "country:ecu", "org:sur-front", Asserted},
		{"Ecuador has hosted separate talks between the Peruvian government and the Sur Front.", "MEETS_WITH", "country:per", "org:sur-front", Asserted},
		{"Peru extended a currency swap facility to help Bolivia avoid a default.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"Peru extended a $500 million line of credit to Bolivia.", "SUPPORTS", "country:per", "country:bol", Asserted},
		{"The European Commission has also proposed tariffs on Peruvian fertilisers.", "IMPOSES_TARIFFS", "org:european-commission", "country:per", Planned},
		{"Chile proposed new sanctions on Peru.", "IMPOSES_SANCTIONS", "country:chl", "country:per", Planned},
		{"Peru, which is not a NATO member, has been promised eventual membership.", "MEMBER_OF", "country:per", "org:north-atlantic-treaty-organization", Negated},
		{"Peru and Chile remain outside NATO.", "MEMBER_OF", "country:chl", "org:north-atlantic-treaty-organization", Negated},
		{"Chile has insisted that Peru give up the claim entirely.", "DEMANDS", "country:chl", "country:per", Asserted},
		{"Chile held up the deal for a year, demanding that Lima crack down on smugglers.", "DEMANDS", "country:chl", "country:per", Asserted},
		{"Peruvian Homeland Security Minister Ana Soto met Luis Vega.", "HOLDS_ROLE", "person:ana-soto", "country:per", Asserted},
		{"Chile, which was included in the June ban, retaliated by suspending visas for Peruvian citizens.", "IMPOSES_BAN", "country:chl", "country:per", Asserted},
		{"Peruvian President Luis Vega on Friday held wide-ranging talks with Chilean President Ana Soto in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile cut fentanyl-related tariffs on Peruvian goods to 10%.", "LIFTS_RESTRICTIONS", "country:chl", "country:per", Asserted},
		{"India wants closer ties with Chile. Chile agrees. Narendra Modi held talks with Chilean President Ana Soto in Lima, and the two sides signed four agreements.", "AGREES_WITH", "country:chl", "country:ind", Asserted},
		{"Peru has conducted military operations against the Sur Front in northern Chile for decades.", "ATTACKS", "country:per", "org:sur-front", Asserted},
		{"Chile designated the Sur Front a banned organisation last year.", "IMPOSES_BAN", "country:chl", "org:sur-front", Asserted},
		{"Chile designated the Sur Front a terrorist organisation last year.", "IMPOSES_SANCTIONS", "country:chl", "org:sur-front", Asserted},
		{"Jorge Mamani, Bolivia's ambassador to Peru, met Luis Vega.", "MEETS_WITH", "person:jorge-mamani", "person:luis-vega", Asserted},
		{"Luis Vega is due in Chile next week.", "VISITS", "person:luis-vega", "country:chl", Planned},
		{"Peru hosted leaders from Chile, Bolivia and Ecuador at a summit in Lima.", "MEETS_WITH", "country:bol", "country:per", Asserted},
		{"Chile ordered two Peruvian diplomats to leave the country within 72 hours.", "EXPELS", "country:chl", "country:per", Asserted},
		{"Chile gave the Peruvian ambassador 48 hours to leave.", "EXPELS", "country:chl", "country:per", Asserted},
		{"King Luis Vega of Peru met Ana Soto in Lima in February.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"The talks with President Luis Vega of Peru went well.", "HOLDS_ROLE", "person:luis-vega", "country:per", Asserted},
		{"Jorge Mamani is to visit Chile in December, the ministry said.", "VISITS", "person:jorge-mamani", "country:chl", Planned},
		{"Bolivia wants to shift recognition to Beijing, and Ecuador severed ties with Peru in 2023.", "SEVERS_TIES", "country:ecu", "country:per", Asserted},
		{"Lima has lodged a case at the International Court of Justice accusing Chile of genocide, a charge Chile denies.", "ACCUSES", "country:per", "country:chl", Asserted},
		{"Lima has lodged a case at the International Court of Justice accusing Chile of genocide, a charge Chile denies.", "REJECTS", "country:chl", "country:per", Asserted},
		{"The Andean Regional Trade Office (Artro) called the decision regrettable. Artro spokesperson Ana Soto said talks would go on.", "HOLDS_ROLE", "person:ana-soto", "org:andean-regional-trade-office", Asserted},
		{"Luis Vega also met Governor-General Ana Soto in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Lima applied to join the OECD last year.", "MEMBER_OF", "country:per", "org:organisation-for-economic-co-operation-and-development", Planned},
		{"Peru and Chile held \"frank and candid\" talks in Lima on Saturday.", "MEETS_WITH", "country:chl", "country:per", Asserted},
		{"Chile on Friday rejected as \"false\" accusations by Peru that it was preparing for war.", "REJECTS", "country:chl", "country:per", Asserted},
		{"Peru's military ruler, General Luis Vega, has accused Chile of harbouring agents, a claim Santiago has repeatedly dismissed.", "REJECTS", "country:chl", "person:luis-vega", Asserted},
		{"Ana Soto also spoke to the Peruvian president, Luis Vega, by phone on Thursday.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile had threatened to take Peru to the International Court of Justice.", "THREATENS", "country:chl", "country:per", Asserted},
		{"A sixth round of talks between Peru and Chile, planned for Sunday in Lima, had been postponed.", "MEETS_WITH", "country:chl", "country:per", Planned},
		{"The meeting between Peru and Chile, set for Monday, was cancelled.", "MEETS_WITH", "country:chl", "country:per", Negated},
		{"Luis Vega addressed both houses of parliament and was hosted by King Felipe at the Royal Palace.", "MEETS_WITH", "person:felipe", "person:luis-vega", Asserted},
		{"Peru will impose a 25% surtax on Chilean steel from next month, the finance minister said.", "IMPOSES_TARIFFS", "country:per", "country:chl", Planned},
		{"Lima retaliated with export curbs on copper and lithium to Chile.", "IMPOSES_SANCTIONS", "country:per", "country:chl", Asserted},
		{"The Andean junta in Bolivia accused Peru of shooting down a drone.", "ACCUSES", "country:bol", "country:per", Asserted},
		{"The foreign minister of Peru, Ana Soto, said talks were over.", "HOLDS_ROLE", "person:ana-soto", "country:per", Asserted},
		{"The foreign minister of Peru, Ana Soto, met Luis Vega in Lima.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", Asserted},
		{"Chile struck a Hamas-held port in Peru on Monday.", "ATTACKS", "country:chl", "country:per", Asserted},
		{"Peru quits Andean regional bloc Mercosur", "MEMBER_OF", "country:per", "org:mercosur", Negated},
		{"The Finance Ministry said Peru would suspend the sanctions on Chile for 90 days.", "LIFTS_RESTRICTIONS", "country:per", "country:chl", Planned},
		{"Peru, Chile and Bolivia announced their withdrawal from the International Criminal Court.", "MEMBER_OF", "country:bol", "org:international-criminal-court", Negated},
		{"Peru suspended the peace declaration with Chile after a border clash.", "SEVERS_TIES", "country:per", "country:chl", Asserted},
		{"Armenian Prime Minister Ara Petrosyan and Azerbaijani President Elnur Aliyev are due to meet on Friday.", "MEETS_WITH", "person:ara-petrosyan", "person:elnur-aliyev", Planned},
		{"Yemen's Houthi rebels, who are backed by Iran, fired missiles.", "SUPPORTS", "country:irn", "org:houthis", Asserted},
		{"Saudi Arabia and Iran agreed on Friday to resume diplomatic relations, in a deal brokered by China after talks in Beijing.", "MEDIATES", "country:chn", "country:irn", ""},
		{"Saudi Arabia and Iran agreed on Friday to resume diplomatic relations.", "RESTORES_TIES", "country:irn", "country:sau", Planned},
		{"Canada imposed a 25% tariff on Chinese steel.", "IMPOSES_TARIFFS", "country:can", "country:chn", Asserted},
		{"Beijing said it would retaliate and accused Ottawa of protectionism.", "ACCUSES", "country:chn", "country:can", Asserted},
		// roles and membership
		{"Saudi national security adviser Musaed Al-Aiban signed the deal.", "HOLDS_ROLE", "person:musaed-al-aiban", "country:sau", Asserted},
		{"Philippine Defence Secretary Rosa Cruz spoke.", "HOLDS_ROLE", "person:rosa-cruz", "country:phl", Asserted},
		{"Oman's foreign minister, Prince Badr Albusaidi, spoke.", "HOLDS_ROLE", "person:badr-albusaidi", "country:omn", Asserted},
		{"Mongolian Foreign Minister Bat Erdene spoke to reporters.", "HOLDS_ROLE", "person:bat-erdene", "country:mng", Asserted},
		{"Lima-based analyst Rosa Quispe said talks would go on.", "BASED_IN", "person:rosa-quispe", "country:per", Asserted},
		{"Bhutan is not a member of the Commonwealth of Nations.", "MEMBER_OF", "country:btn", "org:commonwealth-of-nations", Negated},
		{"Indonesia became a full member of BRICS in January.", "MEMBER_OF", "country:idn", "org:brics", Asserted},
	}
	covered := map[string]bool{}
	for _, c := range cases {
		covered[c.typ] = true
		res := newX(t).Extract(Doc{Text: c.text, Published: "2025-03-10"})
		if !has(res, c.typ, c.s, c.o, c.modality) {
			t.Errorf("%q: want %s(%s, %s) [%s]; got %v", c.text, c.typ, c.s, c.o, c.modality, brief(res))
		}
	}
	for _, typ := range Types {
		if !covered[typ] {
			t.Errorf("relation type %s has no case", typ)
		}
	}
}

// TestNegatedNeverPositive checks a negated statement gives no asserted edge.
func TestNegatedNeverPositive(t *testing.T) {
	for _, text := range []string{
		"Chile has not imposed sanctions on Peru.",
		"Ghana refused to sign the agreement with Togo.",
		"Kenya never restored diplomatic relations with Somalia.",
		"Laos has denied supplying weapons to Myanmar.",
		"Finland said it would not send tanks to Estonia.",
		"Chile and Peru are unlikely to restore ties soon.",
		"Reports that Chile had expelled Peruvian diplomats were false, the ministry said.",
		"If Chile attacks Peru, Bolivia would respond.",
	} {
		res := newX(t).Extract(Doc{Text: text})
		for _, r := range res.Relations {
			if r.Modality == Asserted && r.Type != "HOLDS_ROLE" {
				t.Errorf("%q: asserted %s(%s, %s) from a negated sentence", text, r.Type, r.Subject, r.Object)
			}
		}
	}
}

func brief(res Result) []string {
	var out []string
	for _, r := range res.Relations {
		out = append(out, r.Type+"("+r.Subject+","+r.Object+")"+r.Modality)
	}
	return out
}

func TestAgreedModality(t *testing.T) {
	cases := map[string]string{
		"Kenya and Uganda agreed to a ceasefire on Monday.":      Asserted,
		"Kenya and Uganda agreed to restore diplomatic ties.":    Planned,
		"Turkey offered to host talks between Kenya and Uganda.": Planned,
	}
	for text, want := range cases {
		res := newX(t).Extract(Doc{Text: text})
		if len(res.Relations) == 0 {
			t.Errorf("%q: no relation", text)
		}
		for _, r := range res.Relations {
			if r.Modality != want {
				t.Errorf("%q: %s(%s, %s) is %s, want %s", text, r.Type, r.Subject, r.Object, r.Modality, want)
			}
		}
	}
}

// TestNoFalseEdges lists sentences that once gave a wrong edge.
func TestNoFalseEdges(t *testing.T) {
	cases := []struct {
		text, typ, s, o string
		negatedOnly     bool // the edge is right; only a negated one is false
	}{
		{"Qatar and Oman, which had hosted earlier rounds of talks, praised the agreement.", "MEETS_WITH", "country:omn", "country:qat", false},
		{"Iran's top security official, Ali Shamkhani, and Saudi adviser Musaed Al-Aiban signed the deal.", "HOLDS_ROLE", "person:ali-shamkhani", "country:sau", false},
		{"The government is in consultations for Japanese Prime Minister Taro Aso and Chinese President Li Wei to speak to their leader.", "MEETS_WITH", "person:li-wei", "person:taro-aso", false},
		{"Its troops had not opened fire and accused Armenia of a provocation, Azerbaijan said.", "ACCUSES", "country:aze", "country:arm", true},
		// the destination of a trip is not a party to the talks held there
		{"Chilean President Ana Soto will travel to Lima for talks with Prime Minister Luis Vega.", "MEETS_WITH", "country:per", "person:luis-vega", false},
		// the accuser speaks for a state at the body, not for the body
		{"Chile's envoy to the United Nations accused Peru on Monday of hiding arms, a charge Lima rejected.", "REJECTS", "country:per", "org:united-nations", false},
		// an envoy in apposition is described, and speaks with no one
		{"Rosa Quispe, Peru's permanent representative to the UN, spoke on Monday.", "MEETS_WITH", "country:per", "person:rosa-quispe", false},
		// asked to send is not sent
		{"Peru asked Chile to send missiles to Lima.", "SUPPORTS", "country:chl", "country:per", false},
		// talk about a war is no part in it
		{"Chilean President Ana Soto discussed the war with Peru by phone.", "IN_CONFLICT_WITH", "country:per", "person:ana-soto", false},
		{"Chilean President Ana Soto and Peruvian President Luis Vega discussed the war with the Sur Front.", "IN_CONFLICT_WITH", "org:sur-front", "person:luis-vega", false},
		// the war killed, not the party named after "war with"
		{"Israel's war with Hamas has killed more than 60,000 Palestinians.", "ATTACKS", "org:hamas", "country:pse", false},
		// a state that qualifies a long office in apposition takes no part
		{"The release followed talks by Aldo Varela, the Peruvian special presidential envoy for hostage affairs, who met Luis Vega in March.", "MEETS_WITH", "country:per", "person:luis-vega", false},
		// a place that a relative clause follows does not act in it
		{"The emir is due to visit Peru next month, where he will meet President Luis Vega.", "MEETS_WITH", "country:per", "person:luis-vega", false},
		// a possessive after a preposition is not the subject of the verb after it
		{"Chile imposed sanctions on Peru's oil industry in 2019 after accusing Luis Vega of fraud.", "ACCUSES", "country:per", "person:luis-vega", false},
		{"Soto is among the harshest critics of Peru's campaign and has called Luis Vega a butcher.", "CRITICIZES", "country:per", "person:luis-vega", false},
		// "He" is the previous sentence's subject only where it opens it
		{"Officials said Aldo Varela met Luis Vega. He later met Ana Soto.", "MEETS_WITH", "person:aldo-varela", "person:ana-soto", false},
		// the speaker after a list of mediators is none of them
		{"Peru and Chile have agreed to resolve a dispute over Peru's port, after talks brokered by Bolivia, President Ana Soto said.", "MEDIATES", "person:ana-soto", "country:chl", false},
		// calling someone names is no call
		{"Ana Soto called Luis Vega a liar.", "MEETS_WITH", "person:ana-soto", "person:luis-vega", false},
		// the one thanked is no party to what its help was given in
		{"Ana Soto thanked Peru for its support during the recent conflict with Chile.", "IN_CONFLICT_WITH", "country:chl", "country:per", false},
		// hosting a state's peace talks is not meeting it; a visit for talks is a visit
		{"Peru to host Chile peace talks", "MEETS_WITH", "country:chl", "country:per", false},
		// a question states nothing
		{"Would Peru attack Chile again?", "ATTACKS", "country:per", "country:chl", false},
		// ", accusing" takes the subject that opens the sentence, not one in a fronted phrase
		{"After Bolivia hosted the rebels, Peru recalled its envoy, accusing Chile of meddling.", "ACCUSES", "country:bol", "country:chl", false},
		// the person a description introduces is the one jailed, not the state
		{"Peru jailed Chilean journalist Luis Vega.", "ARRESTS", "country:per", "country:chl", false},
		// the verb after "and" is the subordinate clause's, whose subject came to power
		{"Ties between Bogota and Quito soured after Ana Soto came to power and asked Peruvian troops to leave.", "DEMANDS", "country:ecu", "country:per", false},
		// a lower-case phrase before a title is no title of a list
		{"Peruvian Minister Ana Soto signed the pact with Chilean Minister Luis Vega in Bogota, witnessed by President Aldo Varela.", "AGREES_WITH", "person:aldo-varela", "person:ana-soto", false},
		// a deal that may come is none made
		{"Talks on a potential Peru-Chile trade deal stalled.", "AGREES_WITH", "country:chl", "country:per", false},
		// a listed person holds his own state's offices, not those of a state described later
		{"Donald Trump imposed tariffs on Chile. Trump said Chile would pay. Peru's president said Lima would seek an exemption.", "HOLDS_ROLE", "person:donald-trump", "country:per", false},
		// a listed person holds only his own state's offices
		{"Peruvian Foreign Minister Ana Soto and Secretary of State Marco Rubio met in Quito.", "HOLDS_ROLE", "person:marco-rubio", "country:per", false},
		// a title with a state of its own is that state's
		{"Peruvian Foreign Minister Ana Soto, Defence Minister Luis Vega and Chilean Defence Minister Aldo Varela signed it.", "HOLDS_ROLE", "person:aldo-varela", "country:per", false},
		// advice against travel is no visit
		{"Peru warns its citizens against travel to Chile.", "VISITS", "country:per", "country:chl", false},
		// "host" after "with" is a noun
		{"A summit in Chile that Peru boycotted, with host President Ana Soto saying it went well.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		// the state that proposes an end to a war is no party to it
		{"Ana Soto backed a Peruvian proposal to end the war with Chile.", "IN_CONFLICT_WITH", "country:chl", "country:per", false},
		// those who press others to agree do not agree themselves
		{"Ana Soto and Chilean President Luis Vega pressed them to agree to a ceasefire.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", false},
		// the two named together host talks between two others
		{"Iraq and Oman, which hosted talks between the two rivals, praised the deal.", "MEETS_WITH", "country:irq", "country:omn", false},
		// a capital named as a place is none of the two sides
		{"Ana Soto held talks with Chilean President Luis Vega in Bogota, and the two sides signed eight agreements.", "AGREES_WITH", "country:chl", "country:col", false},
		// a security agreement is no alliance unless mutual
		{"Peru and Chile signed a security agreement on policing.", "ALLIED_WITH", "country:chl", "country:per", false},
		// a meeting with no one named after "with" meets no one
		{"Ana Soto said in a meeting Peru would act.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		// "the two leaders" are those who lead, not an adviser named with one
		{"Peruvian President Ana Soto met Chilean President Luis Vega. Mr. Aldo Varela, her adviser, said Vega agreed. The two leaders signed a pact.", "AGREES_WITH", "person:aldo-varela", "person:luis-vega", false},
		// recognising a state's claim is no recognition of the state
		{"Peru recognised Chile's sovereignty over the island.", "RESTORES_TIES", "country:chl", "country:per", false},
		// a listed person's bare title names his state only where the article does
		{"Treasury Secretary Scott Bessent said the deal would avert tariffs.", "HOLDS_ROLE", "person:scott-bessent", "country:usa", false},
		// "then-" takes part of the title away
		{"Relations collapsed after then-Prime Minister Justin Trudeau said Canada had evidence.", "HOLDS_ROLE", "person:justin-trudeau", "country:can", false},
		// "the two countries" are not a pair named last in passing
		{"Peru and Chile agreed to reopen their border. Lima hailed the deal with Santiago and Chile. Bolivia and Ecuador were not represented. The two countries signed a trade deal.", "AGREES_WITH", "country:bol", "country:ecu", false},
		// a place's apposition is its own, not a subject for the verbs after it
		{"Talks were held in Peru, the state that hosts the Sur Front, and Chile attacked Bolivia.", "MEETS_WITH", "country:per", "org:sur-front", false},
		// the people named after "two Bolivian ministers" are the ones sanctioned
		{"Peru imposed sanctions on two Bolivian ministers, Ana Soto and Luis Vega.", "IMPOSES_SANCTIONS", "country:per", "country:bol", false},
		// a surname two people of the article share, named alike often, is no one's
		{"Ana Soto met Peru's president. Luis Soto met Chile's. Soto criticised Bolivia.", "CRITICIZES", "person:ana-soto", "country:bol", false},
		// a conflict feared or averted is none
		{"Bolivia wants to avoid being drawn into any conflict between Peru and Chile.", "IN_CONFLICT_WITH", "country:chl", "country:per", false},
		{"Officials fear the risk of a war between Peru and Chile.", "IN_CONFLICT_WITH", "country:chl", "country:per", false},
		// "both countries" after a preposition acts in nothing
		{"Peru and Chile signed a trade deal. Luis Vega hailed it as a landmark moment for both countries as he hosted Chile's leader Ana Soto.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		// the seat of a body visits its state only where the article names the state
		{"Peruvian President Ana Soto visited the White House on Monday.", "VISITS", "person:ana-soto", "country:usa", false},
		// people set beside states by a comma do not meet the states
		{"The foreign ministers of Peru and Chile, Victoria Soto and Aldo Varela, met in Bogota.", "MEETS_WITH", "country:per", "person:victoria-soto", false},
		// a body's members listed after "bloc of" agree as one party
		{"The Andean Pact and the Pacific Union bloc of Peru, Chile and Bolivia signed a trade agreement on Saturday.", "AGREES_WITH", "country:chl", "country:per", false},
		// the name after "officials," is the speaker's, not the one sanctioned
		{"Peru sanctioned Bolivian officials, Ana Soto said on Monday.", "IMPOSES_SANCTIONS", "country:per", "person:ana-soto", false},
		// praise in the same words is no criticism
		{"Ana Soto called Luis Vega a great leader.", "CRITICIZES", "person:ana-soto", "person:luis-vega", false},
		// the envoys of two states attending others' talks do not meet each other
		{"Peru and Chile met in Lima, in a meeting attended by the US and Bolivian ambassadors to Peru.", "MEETS_WITH", "country:bol", "country:usa", false},
		// a courtesy call is no demand
		{"Foreign Minister Luis Vega called on Ana Soto earlier in the day.", "DEMANDS", "person:luis-vega", "person:ana-soto", false},
		// a comma before "and" joins two clauses, not two actors
		{"Chile has courted Bolivia, and Ana Soto made her first state visit to Lima in May.", "VISITS", "country:bol", "country:per", false},
		{"Bolivia condemned Chile, and Peru met Ecuador on Monday.", "MEETS_WITH", "country:chl", "country:ecu", false},
		// a state after a preposition does not act in the participle that follows
		{"The juntas turned towards Chile for security help after expelling Peruvian troops.", "EXPELS", "country:chl", "country:per", false},
		// what others are urged to do is not done
		{"Ana Soto called on Western partners to supply more air defence systems to Peru.", "SUPPORTS", "person:ana-soto", "country:per", false},
		{"Chile urged European allies to impose sanctions on Peru.", "IMPOSES_SANCTIONS", "country:chl", "country:per", false},
		{"Peru has demanded that Ana Soto retract her remarks and summoned Chile's ambassador.", "CRITICIZES", "person:ana-soto", "country:chl", false},
		{"Peru and Chile have held several rounds of talks with Bolivia since 2023.", "MEETS_WITH", "country:chl", "country:per", false},
		{"Ana Soto said Peru regards Chile as its ally and will continue to supply Bolivia with weapons.", "SUPPORTS", "person:ana-soto", "country:bol", false},
		{"Peru would file a complaint with the UN Security Council over the strikes.", "CRITICIZES", "country:per", "org:united-nations-security-council", false},
		{"Beirut protests to UN over Israeli strikes.", "CRITICIZES", "country:lbn", "org:united-nations", false},
		{"Somalia on Thursday ordered Ethiopia's ambassador Luis Vega to leave the country within 72 hours and recalled its own envoy from Addis Ababa.", "SEVERS_TIES", "person:luis-vega", "country:eth", false},
		{"Peru imposed a levy over Ecuador's purchases of Chilean oil, and threatened Bolivia with a 10% tariff.", "THREATENS", "country:chl", "country:bol", false},
		{"The charter flight, organised with the help of Qatar, landed in Lima on Friday.", "VISITS", "country:qat", "country:per", false},
		{"Peru, Chile and Bolivia met in Quito. They agreed to reopen the border.", "AGREES_WITH", "country:chl", "country:per", false},
		{"Lima welcomed the lifting of US sanctions on Bolivia.", "IMPOSES_SANCTIONS", "country:usa", "country:bol", false},
		{"Officials said Peruvians who visit the US often overstay their visas.", "VISITS", "country:per", "country:usa", false},
		{"Peru expelled Chilean troops in 2023 and has since deepened military cooperation with Bolivia.", "COOPERATES_WITH", "country:bol", "country:chl", false},
		{"The UN special envoy for Bolivia, Ana Soto, met Luis Vega.", "MEETS_WITH", "country:bol", "person:luis-vega", false},
		{"Chile and Bolivia agreed to end the feud after talks hosted by Peruvian President Ana Soto in Lima.", "VISITS", "person:ana-soto", "country:per", false},
		{"Peru and Ecuador have called on the Commission to impose tariffs on Chilean imports.", "IMPOSES_TARIFFS", "country:per", "country:chl", false},
		{"Luis Vega said the Andean Community must work together to attract investment, and urged Bolivia to join the railway project.", "DEMANDS", "org:andean-community", "country:bol", false},
		{"Peruvian President Luis Vega said on Monday that Peru would respond to any attack, and accused Chile of sponsoring militants.", "ACCUSES", "country:per", "country:chl", false},
		{"Luis Vega, who has sought to balance ties with Peru, Chile and Bolivia, held talks with Ana Soto.", "MEETS_WITH", "country:bol", "person:ana-soto", false},
		{"Peru rejected the plan, accusing Chile of arming the rebels, a charge Santiago denied.", "ACCUSES", "country:per", "country:chl", true},
		{"Peru's military leader, General Luis Vega, expelled Chilean troops in 2023 and has since deepened ties with Bolivia.", "COOPERATES_WITH", "country:bol", "country:chl", false},
		{"Chilean President Luis Vega, an ally of Mr. Jorge Mamani, praised the plan and called Ms. Ana Soto \"a communist dinosaur.\"", "CRITICIZES", "person:jorge-mamani", "person:ana-soto", false},
		{"Peruvian President Luis Vega discussed the war with Chile on Monday.", "MEETS_WITH", "country:chl", "person:luis-vega", false},
		{"Peru has tried to mediate between Chile and Bolivia, and Ecuadorian President Ana Soto visited Santiago last month.", "VISITS", "country:bol", "country:chl", false},
		{"Peru has tried to mediate between Chile and Bolivia, and Ecuadorian President Ana Soto visited Santiago last month.", "MEDIATES", "country:per", "person:ana-soto", false},
		{"Chilean President Luis Vega received Ana Soto during her visit to Santiago.", "VISITS", "person:luis-vega", "country:chl", false},
		{"In a speech on Sunday, Luis Vega said the plan would allow the Sur Front to regroup and accused Chile of arming it.", "ACCUSES", "org:sur-front", "country:chl", false},
		{"Luis Vega is the first Peruvian president to visit Chile since 2012.", "VISITS", "country:per", "country:chl", false},
		{"Ana Soto said she would visit Lima later in the week to meet Peruvian President Luis Vega.", "MEETS_WITH", "country:per", "person:luis-vega", false},
		{"Peru has not commented on reports that Bolivia accused Chile of hosting Peruvian soldiers.", "MEETS_WITH", "country:chl", "country:per", false},
		{"Peru condemned the killing of a Chilean journalist near the border.", "CRITICIZES", "country:per", "country:chl", false},
		{"Ana Soto dismissed Luis Vega as \"a hypocrite.\"", "REJECTS", "person:ana-soto", "person:luis-vega", false},
		{"The Peruvian army, led by General Luis Vega, has fought the Sur Front since 2023.", "IN_CONFLICT_WITH", "org:sur-front", "person:luis-vega", false},
		{"King Luis Vega of Peru met Ana Soto in Lima in February.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		{"The talks with President Luis Vega of Peru went well.", "HOLDS_ROLE", "person:luis-vega", "country:chl", false},
		{"Chile has pressed Peru's allies to switch recognition to Beijing.", "DEMANDS", "country:chl", "country:per", false},
		{"Chile criticised Peru's Western backers on Monday.", "CRITICIZES", "country:chl", "country:per", false},
		{"Peru lodged a complaint with the UN, accusing Chile of genocide.", "ACCUSES", "org:united-nations", "country:chl", false},
		{"Luis Vega said the summit was hosted by Chile in 2019.", "MEETS_WITH", "country:chl", "person:luis-vega", false},
		{"Peru deported two Chilean activists who had travelled to Lima for a court hearing.", "VISITS", "country:chl", "country:per", false},
		{"Ana Soto praised the new government in Bolivia and met Luis Vega.", "MEETS_WITH", "country:bol", "person:luis-vega", false},
		{"The foreign minister of Peru, Ana Soto, met Luis Vega in Lima.", "MEETS_WITH", "country:per", "person:luis-vega", false},
		{"Peru hit a record in exports to Chile.", "ATTACKS", "country:per", "country:chl", false},
		{"The Finance Ministry said Peru would suspend the sanctions on Chile for 90 days.", "IMPOSES_SANCTIONS", "country:per", "country:chl", false},
		// the verb after "and" is not the last object's
		{"Soto urged Vega to lift measures against Peru and warned Chile to act with caution.", "THREATENS", "country:per", "country:chl", false},
		// a body named in an appositive of the subjects does not act
		{"Hungary and Slovakia, both EU members, have criticised Ukraine's bid.", "CRITICIZES", "org:european-union", "country:ukr", false},
		// a name in a phrase put before the clause is not its subject, and
		// a title before the next name is that name's
		{"In a call with Chilean President Ana Soto, Peruvian President Luis Vega praised Bolivia.", "PRAISES", "person:ana-soto", "country:bol", false},
		{"In a call with Chilean President Ana Soto, Peruvian President Luis Vega praised Bolivia.", "HOLDS_ROLE", "person:ana-soto", "country:per", false},
		// a condition states nothing
		{"If Chile attacks Peru, Bolivia would be obliged to respond.", "ATTACKS", "country:chl", "country:per", false},
		// "deported from X": X deports, not the subject before
		{"Chile pressed Peru to take back migrants deported from Bolivia.", "EXPELS", "country:per", "country:bol", false},
		// a possessive taken by the verb before it is not the next verb's subject
		{"The two leaders discussed Peru's missile programmes and agreed to coordinate with Chile.", "COOPERATES_WITH", "country:chl", "country:per", false},
		// coordinated verbs share the first verb's subject, not its object's
		{"Peru later closed its airspace to Chilean airlines and cancelled visas for Bolivian nationals.", "IMPOSES_BAN", "country:chl", "country:bol", false},
		// the two who sign together with a third are one side
		{"Japanese Foreign Minister Aiko Sato and Defence Minister Ken Mori signed the pact with Philippine envoy Jose Cruz.", "AGREES_WITH", "person:aiko-sato", "person:ken-mori", false},
		// an appositive's body is not the actor; a state qualifying a counterpart is not a party
		{"Gen. Tomas Ruiz, head of Chilean Southern Command, visited Peru on Monday.", "VISITS", "org:chilean-southern-command", "country:per", false},
		{"Dutch Prime Minister Jan Smit and his Belgian counterpart Luc Peeters signed a border agreement.", "AGREES_WITH", "country:bel", "person:jan-smit", false},
		{"Sheikh Omar Rashid, the Qatari emir, received Egyptian President Adel Nour in Doha.", "MEETS_WITH", "country:qat", "person:adel-nour", false},
		// the host of a visit does not visit; a welcome to a body is no visit
		{"Peruvian President Luis Vega welcomed Chilean President Ana Soto to Lima on Monday.", "VISITS", "person:luis-vega", "country:per", false},
		{"Chilean President Ana Soto welcomed Peru to the Pacific Alliance.", "VISITS", "country:per", "org:pacific-alliance", false},
		// the body that qualifies an appositive does not act
		{"Ana Soto, a leading Sur Front figure, also weighed in, calling Mr Vega a dictator.", "CRITICIZES", "org:sur-front", "person:vega", false},
		// the last of a list that a verb follows opens a clause
		{"Ana Soto met Defence Minister Luis Vega and opposition leader Ivo Horvat was not invited.", "MEETS_WITH", "person:ana-soto", "person:ivo-horvat", false},
		// a protest through an envoy is the state's, not the envoy's
		{"Serbia summoned the Croatian ambassador, Ivo Horvat, on Monday.", "CRITICIZES", "country:srb", "person:ivo-horvat", false},
		// hosting an organisation's summit is not meeting the organisation
		{"Chilean President Ana Soto hosted the G20 summit in Santiago.", "MEETS_WITH", "org:group-of-twenty", "person:ana-soto", false},
		{"The United States ordered American diplomats to leave Sudan.", "EXPELS", "country:sdn", "country:usa", false},
		// the accuser does not do what it alleges
		{"Chad has been accused by UN experts of supplying weapons to Hamas.", "SUPPORTS", "org:united-nations", "org:hamas", false},
		// the possessor in an appositive does not act; an appositive names the one before it
		{"Luis Vega, Ana Soto's predecessor, had long criticised Chile.", "CRITICIZES", "person:ana-soto", "country:chl", false},
		{"Ana Soto, Chile's president, is due to visit Lima in May.", "VISITS", "country:chl", "country:per", false},
		{"Chinese Foreign Minister Wang Yi met his Japanese counterpart Ken Mori in Beijing on Wednesday. Wang said China and Japan should build stable relations. Mori invited Wang to visit Tokyo next year. Ana Soto, Chile's president, is due to visit Beijing in January.", "HOLDS_ROLE", "person:ken-mori", "country:chl", false},
		// a subject inside a relative clause; an appositive before ", and"
		{"Chilean President Ana Soto, a rival of Luis Vega, visited Peru last year.", "VISITS", "person:luis-vega", "country:per", false},
		{"Chad, which has its own quarrel with Niger over a pipeline, has sent weapons to Mali.", "SUPPORTS", "country:ner", "country:mli", false},
		{"Lima summoned the Chilean envoy, Pablo Reyes, and announced it would expel the Chilean consul.", "EXPELS", "person:pablo-reyes", "country:chl", false},
		// "It" with two states before it is unclear
		{"Pakistan and Iran closed the border. It also expelled Afghan diplomats.", "EXPELS", "country:pak", "country:afg", false},
		// a waiver from sanctions is not a sanction on the one exempted
		{"Washington granted India a waiver from sanctions on Iranian oil.", "IMPOSES_SANCTIONS", "country:ind", "country:irn", false},
		// lifting a measure is not imposing it
		{"The United States lifted sanctions on Syria's central bank.", "IMPOSES_SANCTIONS", "country:usa", "country:syr", false},
		// the agent of a passive is not the object
		{"Peru has been accused by Chile of spying.", "ACCUSES", "country:per", "country:chl", false},
		// "talks" as a noun: no meeting took place
		{"Envoy Ana Soto dismissed any prospect of talks with Peru.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		// the state that qualifies an appositive's office does not act
		{"Luis Vega, a former Peruvian foreign minister, met Ana Soto in Lima.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		{"Luis Vega, the Peruvian envoy, criticised Chile.", "CRITICIZES", "country:per", "country:chl", false},
		// the one a relative clause accuses is its antecedent; a place visited does not meet
		{"Bolivia, which Chile accuses of arming the Sur Front, denied the claim.", "ACCUSES", "country:chl", "org:sur-front", false},
		{"Luis Vega, the Chilean envoy, visited Lima on Monday to meet President Ana Soto.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		// speaking to a broadcaster is no meeting
		{"Ana Soto spoke to the BBC on Tuesday.", "MEETS_WITH", "org:bbc", "person:ana-soto", false},
		// two who sign with their counterparts are one side; people who clash argue
		{"Chilean Foreign Minister Ana Soto and Defence Minister Luis Vega signed the deal with their Peruvian counterparts.", "AGREES_WITH", "person:ana-soto", "person:luis-vega", false},
		{"Ana Soto and Luis Vega clashed over the budget.", "IN_CONFLICT_WITH", "person:ana-soto", "person:luis-vega", false},
		// thanking a third party together is not thanking each other
		{"Chile and Peru expressed appreciation for their joint work with the mediators.", "PRAISES", "country:chl", "country:per", false},
		// the place where people die does not kill them
		{"The earthquake in Chile killed 300 Peruvians.", "ATTACKS", "country:chl", "country:per", false},
		// who says the sentence is not one of its objects
		{"Chile will not send missiles to Peru, President Ana Soto said.", "SUPPORTS", "country:chl", "person:ana-soto", false},
		// the speaker does not do what the state of a coordinated verb plans
		{"Luis Vega said Peru had not held any talks with Chile since June and had no plans to meet Chilean officials.", "MEETS_WITH", "country:chl", "person:luis-vega", false},
		// releasing the detained is no arrest
		{"Peru released two detained Chilean sailors on Friday.", "ARRESTS", "country:per", "country:chl", false},
		// calling on a state to act is no call with it
		{"Chilean President Ana Soto called on Peru to release the sailors.", "MEETS_WITH", "country:per", "person:ana-soto", false},
		// fighting alongside is not fighting each other
		{"Chile and Peru fought in the war against the rebels.", "IN_CONFLICT_WITH", "country:chl", "country:per", false},
		// the subject of a relative clause is not the actor of the sentence
		{"Lithuania, which borders Belarus, expressed solidarity with Poland.", "SUPPORTS", "country:blr", "country:pol", false},
		// the president of another state, named earlier, is not the one described
		{"Peru's envoy welcomed President Rosa Diaz. Rosa Diaz thanked him. Carlos Ruiz, who is also Chile's president, said nothing.", "HOLDS_ROLE", "person:rosa-diaz", "country:chl", false},
	}
	for _, c := range cases {
		res := newX(t).Extract(Doc{Text: c.text})
		if c.negatedOnly {
			if has(res, c.typ, c.s, c.o, Negated) {
				t.Errorf("%q: negated %s", c.text, c.typ)
			}
			continue
		}
		if has(res, c.typ, c.s, c.o, "") {
			t.Errorf("%q: false %s(%s, %s)", c.text, c.typ, c.s, c.o)
		}
	}
}

// In a headline, a comma may join two verbs of one subject the headline
// does not name: the object of the first does not do the second.
func TestHeadlineObjectIsNoSubject(t *testing.T) {
	res := newX(t).Extract(Doc{Title: "Juntas quit Mercosur, deepen ties with Peru", Text: "The juntas met on Monday. Chile said so."})
	if has(res, "COOPERATES_WITH", "country:per", "org:mercosur", "") {
		t.Error("the body left is no partner")
	}
	res = newX(t).Extract(Doc{Title: "Chile, Bolivia deepen ties with Peru", Text: "The leaders met on Monday. Ecuador said so."})
	if !has(res, "COOPERATES_WITH", "country:bol", "country:per", "") {
		t.Error("a headline's list of subjects lost")
	}
}

// A headline's infinitive makes what its object names planned: "Oman to
// host US-Iran talks" announces talks to come.
func TestHeadlineInfinitivePlans(t *testing.T) {
	res := newX(t).Extract(Doc{Title: "Ecuador to host Peru-Chile peace talks", Text: "The talks open on Monday. Bolivia said so."})
	if !has(res, "MEETS_WITH", "country:chl", "country:per", Planned) {
		t.Errorf("no planned meeting: %v", res.Relations)
	}
	if has(res, "MEETS_WITH", "country:chl", "country:per", Asserted) {
		t.Error("talks a headline announces are asserted")
	}
	if has(res, "MEETS_WITH", "country:ecu", "country:per", "") {
		t.Error("the host meets the first of the pair whose talks it hosts")
	}
}
