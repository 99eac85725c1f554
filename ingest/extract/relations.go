package extract

import (
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// membersOf ends the words that open a list of a body's members.
var membersOf = regexp.MustCompile(`\b(?:(?:bloc|grouping|group|alliance|union|members|member states) (?:of|comprising)|⟧,? (?:comprising|made up of|composed of|consisting of)) (?:the )?$`)

// stateThenPeople is a list in which people follow states after a
// comma: the people are an apposition.
var stateThenPeople = regexp.MustCompile(`⟦[CDO]\d+⟧, ⟦P\d+⟧`)

// appositiveRule finds a pattern whose subject an apposition describes.
var appositiveRule = regexp.MustCompile(`^\{(?:S|SL|PS|CS)\}, `)

// rule is one compiled line of data/triggers.tsv.
type rule struct {
	typ, name, modality string
	confidence          float64
	re                  *regexp.Regexp
	folded              bool    // re matches the sentence as foldASCII lower-cases it
	passive             bool    // the pattern itself reads "by" before a participant
	pairwise            bool    // {ALL}: every pair of the list
	gaps                []int   // submatch numbers of the {G} gaps
	spans               []span  // long bounded repeats, checked after matching
	prevObjects         bool    // {PREV}: objects are the states the previous sentence named
	accuserObjects      bool    // {ACCUSER}: objects are who accused the subject in the previous sentence
	appositive          bool    // the subject is followed by a comma: "{S}, an ally of {O}"
	fixed               bool    // "asserted!": words of the match do not make it planned
	needs               [][]int // needle sets: a match holds one needle of each
	gate                *gate   // whether re matches at all, answered faster
	subj, obj, list     int     // submatch numbers of the s, o and l groups, -1 if absent
}

// actorGroup is the submatch of the participants that act: the subject
// group, else the list of a pairwise rule; -1 if the rule has neither.
func (r *rule) actorGroup() int {
	if r.subj >= 0 {
		return r.subj
	}
	return r.list
}

// triggerAt is where the trigger of a match starts: after its last gap,
// or at the match's start for a rule without one.
func (r *rule) triggerAt(m []int) int {
	at := m[0]
	for _, g := range r.gaps {
		at = max(at, m[2*g+1])
	}
	return at
}

// adjectivalTrigger reports a participle after an article or a
// preposition where the rule wants a verb: "the use of Afghan soil by the
// banned TTP" bans nothing, nor does "the case of detained Australian
// writer X" arrest anyone.
func (r *rule) adjectivalTrigger(folded string, m []int) bool {
	if len(r.gaps) == 0 {
		return false
	}
	at := r.triggerAt(m)
	if !strings.HasSuffix(firstWord(folded[at:]), "ed") {
		return false
	}
	before := folded[:at]
	return strings.HasSuffix(before, " the ") || strings.HasSuffix(before, " a ") || strings.HasSuffix(before, " an ") ||
		strings.HasSuffix(before, " of ") || strings.HasSuffix(before, " for ")
}

// objectIsEvent reports a meeting whose object names an event rather than
// a party: "hosted the G20 summit" is not a meeting with the G20, nor is
// "hosting French troops" one with France (a demonym qualifying people or
// things that are not the state's envoys).
func (r *rule) objectIsEvent(folded string, m []int) bool {
	if r.typ != "MEETS_WITH" && r.typ != "VISITS" {
		return false
	}
	g := r.obj
	if g < 0 || m[2*g+1] < 0 || m[1] > m[2*g+1] {
		// (a pattern that goes on past its object names the event itself:
		// "a Modi-Xi meeting")
		return false
	}
	rest := folded[m[2*g+1]:]
	if strings.HasPrefix(rest, "-⟦") {
		// "to host US-Iran talks": the pair names the talks.
		if j := strings.Index(rest, "⟧"); j > 0 {
			rest = rest[j+len("⟧"):]
		}
	}
	if i := strings.IndexByte(rest[min(1, len(rest)):], ' '); i > 0 && i < 12 && !isOneOf(rest[1:i+1], "and", "for", "in", "at", "on", "to", "with", "after", "before", "during", "amid", "over", "of") {
		// "to host Ukraine peace talks", "hosted RSF political meetings":
		// one word may stand between ("visited Berlin for talks" is a
		// visit).
		if w := rest[i+1:]; strings.HasPrefix(w, " talks") || strings.HasPrefix(w, " summit") || strings.HasPrefix(w, " conference") || strings.HasPrefix(w, " meeting") {
			return true
		}
	}
	for _, w := range []string{" summit", " meeting", " talks", " conference", " forum", " games", " assembly"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return strings.HasPrefix(folded[m[2*g]:], "⟦D") && privatePeopleRe.MatchString(rest)
}

// objectIsOthers reports a match whose object only qualifies others:
// "pressed Taiwan's allies to switch recognition" presses the allies.
func (r *rule) objectIsOthers(folded string, m []int) bool {
	g := r.obj
	if g < 0 || m[2*g+1] != m[1] {
		return false
	}
	if r.typ == "DEMANDS" && strings.HasPrefix(folded[m[2*g]:], "⟦D") && urgedPeopleRe.MatchString(folded[m[1]:]) {
		// "an advisory urging Chinese citizens to avoid Japan" urges
		// people, not their state.
		return true
	}
	if r.typ == "MEETS_WITH" && hostedPlaceRe.MatchString(folded[m[1]:]) {
		// "Qatar has hosted Hamas's political office since 2012": a
		// place of the object's is hosted, not a meeting.
		return true
	}
	return othersOfRe.MatchString(folded[m[1]:])
}

// hostedPlaceRe is a place of an organisation's or state's that a host
// gives room to.
var hostedPlaceRe = regexp.MustCompile(`^(?:'s|’s) (?:[\w-]+ ){0,2}?(?:office|offices|bureau|headquarters|base|bases|embassy|consulate|troops|forces|refugees)\b`)

var othersOfRe = regexp.MustCompile(`^(?:'s|’s) (?:[\w-]+ )?(?:allies|partners|neighbou?rs|rivals|enemies|foes|critics|backers|supporters|friends|adversaries|opponents|ally|partner|neighbou?r|rival|enemy|foe|critic|backer|supporter|friend|adversary|opponent)\b`)

// urgedPeopleRe are private people a demonym qualifies: an appeal to them
// is none to their state.
var urgedPeopleRe = regexp.MustCompile(`^ (?:nationals|citizens|tourists|travell?ers|students|workers|residents|civilians|pilgrims|businesses|companies|firms|investors|fishermen)\b`)

var privatePeopleRe = regexp.MustCompile(`^ ` + privatePeople + `\b`)

// passiveAgent reports an active-voice rule that took the agent of a
// passive for its object: "Russia has been accused by Ukraine of ...".
// Rules written for the passive name "by" in their own pattern.
func (r *rule) passiveAgent(folded string, m []int) bool {
	g := r.obj
	if g < 0 || m[2*g] < 0 || r.passive {
		return false
	}
	before := strings.TrimSuffix(folded[m[0]:m[2*g]], "the ")
	return strings.HasSuffix(before, " by ")
}

var byWord = mustGated(`\bby\b`)

// negators make a statement negated; denials too, except for a REJECTS
// rule, whose trigger is the denial itself.
const (
	negators = `not|never|no longer|n't|has yet to|have yet to|refused to|refusal to|declined to|failed to|fails to|fail to|unable to|unlikely to|no plans? to|no intention (?:to|of)|no (?:(?:legal|moral|political)(?: or | and | ))*(?:right|standing|authority|mandate|business) to|stopped short of|stops short of|stop short of`
	denials  = `denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|ruled out|rules out`
	// averters keep what follows from happening: "wants to avoid a war
	// with", "moved to avert a conflict with".
	averters = `avoid|avoids|avoided|avoiding|avert|averts|averted|averting|prevent|prevents|prevented|preventing|(?:stave|staved|staving|head|headed|heading) off`
)

// liftingRe marks a measure being taken away: "lifted sanctions on Syria"
// and "will suspend the sanctions on Syria" are not impositions.
var liftingRe = mustGated(`\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|waive|waives|waived|remove|removes|removed|scrap|scraps|scrapped|relax|relaxes|relaxed|rolled back|roll back|drop|drops|dropped|end|ends|ended|waiver|waivers|exempt|exempted|exemption|exemptions)\b|\b(?:suspend|suspends|suspended|suspending|pause|pauses|paused|pausing) (?:[\w-]+ ){0,4}?(?:sanctions|tariffs|ban|bans|embargo|duties)\b`)

// liftingOfRe ends the text before "US sanctions on X" where the sanctions
// are being lifted or are not in force: "welcomed the lifting of US
// sanctions on Damascus", "Hungary has blocked EU sanctions on Russia".
var liftingOfRe = mustGated(`(?i)\b(?:(?:lifting|easing|removal|scrapping|suspension|relaxation|rollback|roll-back|end) of (?:the )?|(?:blocked|blocks|blocking|block|vetoed|vetoes|vetoing|veto|held up|holds up|holding up|stalled|stalls) (?:the |new |further |fresh |planned |proposed |a new |any )?)$`)

// withParty is a party after "with": " ⟦C3⟧", " the ⟦O2⟧", " their ⟦D4⟧
// counterparts".
var withParty = mustGated(`^ (?:the |their |his |her |its )?(?:⟦|(?:[\w-]+ ){0,2}counterparts?\b)`)

// releasingRe finds a release in an arrest's match: "released six
// detained Americans" frees them.
var releasingRe = mustGated(`\b(?:release|released|releases|releasing|free|freed|frees|freeing|swapped|exchanged)\b`)

// expelledFromRe finds a passive expulsion in an EXPELS match: in
// "migrants deported from the US" the state after "from" did the deporting
// and the subject before is no party to it.
var expelledFromRe = mustGated(`\b(?:expelled|deported|kicked out) (?:from|by)\b`)

// headlineFuture is what follows a headline's subject when it announces
// an act to come: " to cut", " set to sign".
var headlineFuture = mustGated(`^ ` + headlineInfinitive)

const headlineInfinitive = `(?:(?:set|due|poised|expected|ready|about) )?to [a-z]`

// headlineFutureBefore is a headline's subject and infinitive before a
// match: "Oman to host " before "US-Iran talks".
var headlineFutureBefore = mustGated(`^(?:the )?⟦[CDOP]\d+⟧ ` + headlineInfinitive + `+ `)

// peacePlanRe finds a plan to end a war in an IN_CONFLICT_WITH match: in
// "a U.S. proposal to end the war with Russia" the state that proposes is
// no party to the war.
var peacePlanRe = mustGated(`\b(?:proposal|plan|bid|efforts?|push|initiative|framework|roadmap|blueprint)s? (?:\w+ ){0,2}?to (?:end|stop|halt|settle)\b`)

// peopleWhoRe opens a match whose subject is a class of people, not a
// visitor: "Afghans who visit the US overstay their visas", "two Ugandan
// activists who had travelled to Nairobi".
var peopleWhoRe = regexp.MustCompile(`^⟦D\d+⟧(?: who | (?:[\w-]+ )?` + privatePeople + `\b)`)

// privatePeople are people a demonym qualifies who do not act for the
// state, nor stand for it as a party.
const privatePeople = `(?:troops|soldiers|forces|military|bases?|fighters|refugees|migrants|nationals|citizens|tourists|students|workers|hostages|prisoners|detainees|activists|journalists|pilgrims|fans|residents|civilians|asylum seekers)`

// talksOnRe is a restoration of ties that talks are about.
var talksOnRe = regexp.MustCompile(`\b(?:talks|negotiations|discussions|dialogue|efforts|bid|process) (?:on|about|aimed at|towards?|to) (?:\w+ ){0,2}?(?:restor|resum|normali|re-?establish|establish|upgrad|mend|repair)`)

// hostedByRe finds the host written as the agent of a passive: "talks
// hosted by President X in Ankara" is no visit of X's.
var hostedByRe = regexp.MustCompile(`\b(?:welcomed|hosted|received) by `)

// travelWarningRe finds advice against travel in a VISITS match: "warned
// its citizens against travel to Japan" visits nothing.
var travelWarningRe = mustGated(`\b(?:against|avoid|avoiding|warn|warns|warned|warning|advise|advises|advised|advising|not to) (?:[\w-]+ ){0,3}?(?:travel|travell?ing|visit|visiting)\b`)

// conditional reports a match that opens a condition ("If Russia attacks
// Estonia, NATO would respond", "Had Russia not invaded") or names an
// event only feared or averted ("to avoid any conflict between Iran and
// the US"): nothing is stated to have happened.
func conditional(before string) bool {
	if (strings.HasPrefix(before, "had ") || strings.HasPrefix(before, "were ")) && !strings.Contains(before, ",") {
		// "Had Russia not invaded Ukraine, ...": a condition contrary to
		// fact, up to its comma
		return true
	}
	for _, a := range []string{"the ", "a ", "an "} {
		if b, ok := strings.CutSuffix(before, a); ok {
			before = b
			break
		}
	}
	for _, w := range []string{"if ", "unless ", "whether ", "should ", "any ", "avoid ", "avoiding ", "avert ",
		"averting ", "prevent ", "preventing ", "fear of ", "fears of ", "risk of ", "threat of ", "possible ",
		"potential ", "possibility of ", "spectre of ", "specter of ", "brink of "} {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !asciiAlnum(before[len(before)-len(w)-1])) {
			return true
		}
	}
	return false
}

// matchClause is the part of text around [from, to) that a date of the
// match is sought in: from the last ';' before it to the first comma or
// ';' after it that does not set off a name.
func matchClause(text string, from, to int) string {
	start := strings.LastIndexByte(text[:from], ';') + 1
	end := len(text)
	for at := to; at < len(text); {
		k := strings.IndexAny(text[at:], ",;")
		if k < 0 {
			break
		}
		end = at + k
		// "a visit by a Taliban figure, Ibrahim Sadr, in early May": a
		// name set off by commas does not end the clause.
		rest := text[end+1:]
		if text[end] == ',' && strings.HasPrefix(rest, " ⟦") {
			if c := strings.Index(rest, "⟧,"); c > 0 && !strings.Contains(rest[1:c], " ") {
				at = end + 1 + c + len("⟧,")
				end = len(text)
				continue
			}
		}
		break
	}
	// "accused Hezbollah of breaking the truce brokered by the US in
	// November 2024": the date is the truce's.
	if k := reducedRelative.FindStringIndex(text[to:end]); k != nil {
		end = to + k[0]
	}
	return text[start:end]
}

// reducedRelative opens a phrase that dates something else: a past
// participle that qualifies the noun before it (" brokered by", " signed
// in") or a clause of its own after "since" ("his second visit since the
// two countries restored ties in 2023").
var reducedRelative = mustGated(` (?:(?:brokered|mediated|signed|reached|struck|sealed|adopted|imposed|agreed|launched|announced) (?:by|in|on|last)|since (?:the|a|an|its|his|her|their|they|it|he|she|⟦))`)

// attributive types state an accusation, claim or answer themselves;
// what they attribute is alleged.
var attributive = map[string]bool{"ACCUSES": true, "REJECTS": true, "CRITICIZES": true, "DEMANDS": true}

// allegedBefore ends text that opens the content of an accusation, claim
// or report: "accused ", "alleged that the ", "reports that ".
var allegedBefore = mustGated(`(?:\baccus(?:e|es|ed|ing)|\ballege[sd]? that|\balleging that|\bclaim(?:s|ed|ing)? that|\breports? that|\breported that|\brumou?rs? that|\b(?:rumou?rs?|speculation|unconfirmed reports?) (?:of|about|over)(?: an?)?(?: possible| secret)?) (?:the )?$`)

// accusedWithin finds an accusation inside a match, before its trigger:
// "Tehran has been accused by Western governments of supplying drones".
var accusedWithin = mustGated(`(?i)\baccus(?:ed|es|e|ing)\b[^⟦⟧]{0,60}\bof\b`)

// hearsayWithin finds a report's hedge inside a match, before its
// trigger: "Iran reportedly supplied Russia with drones".
var hearsayWithin = mustGated(`\b(?:reportedly|allegedly|purportedly|supposedly)\b`)

// claimedAfter follows a statement that a speaker after it claims: "...,
// Islamabad claimed".
var claimedAfter = mustGated(`^[^.;⟦]{0,80}?, (?:⟦[CDOP]\d+⟧|the \w+|officials|sources|he|she|it|they) (?:claimed|claims|alleged|alleges)\b`)

// allegedContent reports a match that text (what precedes it) makes the
// content of an accusation or claim.
func allegedContent(text string) bool {
	if len(text) > 40 {
		text = text[len(text)-40:]
	}
	return allegedBefore.MatchString(text)
}

// relativeClause is a non-restrictive relative clause set off by commas.
// An appositive "a rival of X" or "the son of X" is read past as well,
// and so is a list inside the clause ("who has sought to balance ties
// with Moscow, Beijing and Washington, held talks").
var relativeClause = mustGated(`, (?:which|who|whose|unlike|` + ledBy + `|(?:also |jointly |collectively )?known as|(?:the |a )?(?:head|chief|leader|director|director-general|director general|secretary-general|commander|member|founder|chairman|president) of|(?:a|an|the) (?:[\w-]+ ){0,3}?of|(?:a|an|the) (?:[\w-]+ ){1,3}?(?:who|which|whose)) [^,;:]*(?:(?:, ⟦[A-Z]\d+⟧)+,? and ⟦[A-Z]\d+⟧[^,;:]*)?,`)

// ledBy opens an appositive that names who leads a body: "the RSF, led by".
const ledBy = `(?:led|headed|commanded|chaired|founded|run) by`

// appositiveOffice is an appositive whose office a demonym, a body or a
// state after an article qualifies: "Rutte, a former Dutch prime minister,
// met ...", "Boulos, the senior U.S. adviser for Africa, met", "Akhundzada,
// a leading Taliban figure, also weighed in", or a possessor: "the US,
// Japan's closest ally, has backed Tokyo", "X, Bolivia's ambassador to
// Peru, met Y".
var appositiveOffice = mustGated(`⟧, (?:(?:a |an |the )?(?:[\w-]+ )?⟦[DOP]\d+⟧ |(?:a |an |the )(?:[\w-]+ )?⟦C\d+⟧ |⟦[CDO]\d+⟧'s )[^,;:⟦]+(?:(?:to|in|at) (?:the )?⟦[CO]\d+⟧)?,`)

// relativeOpeners open a relative clause; appositiveOpeners add the heads
// of an appositive ("X, head of Y,").
var (
	relativeOpeners   = []string{"which ", "who ", "whose ", "where "}
	appositiveOpeners = append(append([]string(nil), relativeOpeners...), "head of ", "the head of ", "chief of ",
		"the chief of ", "commander of ", "director of ", "director-general of ", "director general of ", "secretary-general of ",
		"leader of ", "the leader of ", "a member of ",
		"known as ", "also known as ", "collectively known as ")
)

// actingFor are the people "from" a state who act for it, and the
// reactions "from" a state that it makes ("a rebuke from Sudan").
var actingFor = []string{"officials", "delegations", "representatives", "envoys", "leaders", "ministers", "negotiators",
	"rebuke", "criticism", "condemnation", "protest", "protests", "backlash"}

// objectOfVerb reports text (lower-cased) that ends in a past-tense verb
// and perhaps "the". Hyphenated words ("Iran-backed", "so-called") are
// adjectives.
func objectOfVerb(before string) bool {
	w := strings.TrimSuffix(before, "the ")
	if !strings.HasSuffix(w, " ") {
		return false
	}
	w = w[strings.LastIndexByte(w[:len(w)-1], ' ')+1 : len(w)-1]
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// prepositionBefore reports a text that ends with a preposition: a
// possessive after it is in a phrase ("sanctions on Venezuela's oil
// industry ... after accusing", "critics of Israel's campaign and has
// called").
func prepositionBefore(before string) bool {
	w := strings.TrimSuffix(before, "the ")
	for _, p := range []string{" on ", " of ", " against ", " for ", " with ", " to ", " over ", " about ", " into ", " from ", " at ", " in "} {
		if strings.HasSuffix(w, p) {
			return true
		}
	}
	return false
}

// gapUsed: some gap of the rule holds text in match m.
func (r *rule) gapUsed(m []int) bool {
	for _, g := range r.gaps {
		if m[2*g] >= 0 && m[2*g+1] > m[2*g] {
			return true
		}
	}
	return false
}

// urgesOthers reports a match in which the subject presses others to
// act: "Trump and Anwar pressed them to agree to a ceasefire" is no
// agreement of theirs.
func (r *rule) urgesOthers(folded string, m []int) bool {
	return urgedOthers.MatchString(folded[m[0]:m[1]])
}

var urgedOthers = mustGated(`\b(?:press|pressed|presses|pressing|urge|urged|urges|urging|push|pushed|pushes|pushing|ask|asked|asks|asking|call on|called on|calls on|encourage|encouraged|encourages|persuade|persuaded|forced|help|helped|helps|invite|invited|invites|told|tells) (?:them|both|both sides|the two sides|the two countries|the two leaders|the two neighbou?rs|the two|the sides|the parties|him|her|(?:the |its |his |her |their |other |all )?(?:[\w-]+ ){0,2}?(?:partners|allies|countries|nations|states|governments|members|leaders|community|donors|neighbou?rs|west|commission|council|parliament|government|administration|authorities|bloc)) to\b`)

// rulersInRe ends with the rulers of the state named next: "the Sahel
// junta in", "the new government in" (governmentIn reads the same rulers
// with fewer words before them).
var rulersInRe = regexp.MustCompile(`(?:^|, |\band |\bthe )(?:[\w-]+ )?(?:` + rulerNouns + `|rulers) in $`)

// verbBefore finds a verb in the words before a name (the first word of a
// sentence is left out: "Armed forces chief X" has none).
var verbBefore = regexp.MustCompile(`\s(?:[a-z]{2,}ed|met|meets|held|holds|told|tells|spoke|speaks|said|says|sent|sends|gave|took|hosts|calls|visits|receives)\s`)

// participleAfter opens a participle clause, as participleClause finds
// one inside a text.
var participleAfter = regexp.MustCompile(`^` + participle)

// askedToRe ends the words between a subject and its verb that make the
// subject one asked or pressed to act.
var askedToRe = regexp.MustCompile(`\b(?:(?:was|were|is|are|been|being|be) (?:\w+ )?(?:urged|asked|pressed|pressured|called on|called upon|told|encouraged|advised)|under (?:\w+ )?pressure|fac(?:e|es|ed|ing) (?:\w+ )?(?:calls|pressure|demands)) to $`)

// speakingBefore ends in a participle of speech, and "that" if any,
// right before a name: "saying ", "warning that ".
var speakingBefore = regexp.MustCompile(`\b(?:saying|warning|insisting|adding|stressing|arguing|noting|claiming|declaring|vowing)(?: that)? $`)

// gerundTrigger reports a match whose first word after its first gap, the
// trigger, is a gerund or participle in -ing.
func (r *rule) gerundTrigger(folded string, m []int) bool {
	return strings.HasSuffix(firstWord(folded[m[2*r.gaps[0]+1]:]), "ing")
}

// placePrepRe is a preposition that opens a phrase of place or purpose.
var placePrepRe = regexp.MustCompile(` (?:for|to|at|from|into) `)

// subjectNotActor reports a match whose leading subject is not the actor
// of the clause: after a preposition of place ("travel to Islamabad for
// talks with X") or inside a relative clause ("Lithuania, which borders
// Belarus, expressed solidarity with Poland").
func (r *rule) subjectNotActor(folded string, m []int) bool {
	g := r.actorGroup()
	objectActs := false
	if (g < 0 || m[2*g] != m[0]) && r.obj >= 0 && m[2*r.obj] == m[0] {
		// "X's envoy to the UN accused Y ..., a charge Y denied": the
		// object opening the match acts in it too.
		g, objectActs = r.obj, true
	}
	if g < 0 || m[2*g] != m[0] {
		return false
	}
	before := folded[:m[0]]
	if strings.HasSuffix(before, "unlike ") || strings.HasSuffix(before, "unlike the ") {
		// "Peru, unlike Chile, condemned Bolivia": set against the one
		// who acts.
		return true
	}
	for _, p := range []string{"accused by ", "blamed by ", "charged by ", "criticised by ", "criticized by "} {
		// "the UAE has been accused by UN experts of supplying weapons":
		// the accuser does not do what it alleges.
		if strings.HasSuffix(before, p) || strings.HasSuffix(before, p+"the ") {
			return true
		}
	}
	if nounWithRe.MatchString(before) && !r.appositive {
		// "Israel's war with Hamas has killed ...": the war did, not Hamas.
		// An apposition still holds of the name ("talks with X, general
		// secretary of Y").
		return true
	}
	if strings.HasPrefix(folded[m[2*g]:], "⟦D") && ordinalBefore.MatchString(before) {
		// "Lee is the first South Korean president to visit Japan": the
		// demonym qualifies the one the sentence is about.
		return true
	}
	if personOfRe.MatchString(before) {
		// "King Abdullah II of Jordan met Trump": the state names whose
		// king he is; he acts.
		return true
	}
	if appositiveOfRe.MatchString(before) {
		// "Milei, an ally of Mr. Trump, praised the tariffs": the one an
		// appositive relates the name before it to does not act.
		return true
	}
	if strings.HasPrefix(folded[m[2*g+1]:], ",") && relativeWordRe.MatchString(before[strings.LastIndexByte(before, ',')+1:]) {
		// "Petro, a former guerrilla who has clashed with Trump,
		// criticised": the name closes a relative clause, whose subject
		// it is not.
		return true
	}
	if strings.HasPrefix(folded[m[2*g+1]:], ",") {
		if p := participleBefore.FindStringSubmatch(before); p != nil && !prepositionIng[p[1]] {
			// "Chile, backing Peru, criticised Bolivia": the object of a
			// participle set off by commas does not take the main verb.
			return true
		}
	}
	if kinAfterRe.MatchString(folded[m[2*g+1]:]) {
		// "Ana Soto's husband criticised Peru": he did, not she.
		return true
	}
	if demandedThat.MatchString(before) {
		// "Beijing demanded that Takaichi retract her remarks and summoned
		// Japan's ambassador": what is demanded is not done, and the verb
		// after "and" is the one who demanded's.
		return true
	}
	if gap, ok := r.toGap(folded, m, g); ok {
		if askedToRe.MatchString(gap) {
			// "Peru was urged to sanction Chile", "came under pressure to
			// cut ties": asked to act, not acting.
			return true
		}
		if strings.HasSuffix(before, " that ") && strings.Contains(gap, ", and ") {
			// "Vega warned that Peru would act with full force, and
			// accused Chile": the verb after ", and" is the speaker's, not
			// the that-clause subject's.
			return true
		}
		if speakingBefore.MatchString(before) && strings.Contains(gap, " and ") && r.gerundTrigger(folded, m) {
			// "saying Colombia would not be intimidated and accusing
			// Venezuela": the second participle is the speaker's, as the
			// first is.
			return true
		}
	}
	if v := infinitiveBefore.FindStringSubmatch(before); objectActs && v != nil && !determiners[v[1]] {
		// "Peru's decision to expel Chile's ambassador drew criticism":
		// the object of an infinitive is not what the verb after it is
		// said of. (Where the subject opens the match, the infinitive
		// may take the whole deed: "to stop Chile's attacks on Peru".)
		return true
	}
	if requestedRe.MatchString(before) && strings.HasPrefix(folded[m[2*g+1]:], " to ") {
		// "Ukraine asked Germany to send missiles": asked for, not done.
		return true
	}
	if (strings.HasSuffix(before, " with ") || strings.HasSuffix(before, " with the ")) && participleAfter.MatchString(folded[m[2*g+1]:]) {
		// "lodged a complaint with the UN, accusing Israel": the participle
		// is the clause's subject's, not the one "with" names.
		return true
	}
	if p := participleAfter.FindStringSubmatch(folded[m[2*g+1]:]); p != nil && !prepositionIng[p[1]] &&
		verbBefore.MatchString(before[strings.LastIndexByte(before, ',')+1:]) {
		// "Vega met Ana Soto, urging Bolivia to act": the participle is
		// the clause's subject's, not the verb's object's.
		return true
	}
	for _, p := range []string{" to ", " in ", " at ", " into ", " from ", " for ", " on ", " towards ", " toward ", " against ", " visit ", " visited ", " visiting ", " visits ", " toured "} {
		if strings.HasSuffix(before, p) || strings.HasSuffix(before, p+"the ") {
			if strings.HasPrefix(folded[m[0]:], "⟦D") && !strings.HasPrefix(p, " vis") && p != " toured " && !r.gapUsed(m) {
				// "in response to Ukrainian attacks": a demonym right
				// before the trigger qualifies it, whatever the
				// preposition before.
				return false
			}
			if poss := folded[m[2*g+1]:m[1]]; (strings.HasPrefix(poss, "'s ") || strings.HasPrefix(poss, "’s ")) && !strings.HasPrefix(p, " vis") && p != " toured " && !r.gapUsed(m) && !placePrepRe.MatchString(poss) {
				// "in retaliation for Algeria's expulsion of French
				// staff": the preposition governs the deed, whose
				// possessor does it ("travelled to Chile's capital for
				// talks" names no deed of Chile's).
				return false
			}
			if r.appositive {
				// "talks in Qatar, a key US ally": what an apposition says
				// of a place holds of it.
				return false
			}
			// "officials from Qatar" are Qatar's, acting for it
			if p == " from " {
				head := before[:strings.LastIndex(before, p)]
				for _, w := range actingFor {
					if strings.HasSuffix(head, w) {
						return false
					}
				}
			}
			if p == " in " && rulersInRe.MatchString(before) {
				// "the junta in Mali accused Algeria": the state's rulers
				// act for it (the checks below still apply).
				break
			}
			if all := groupIdx(folded, m, g); len(clauseJoin(folded, m, g, all, true)) < len(all) {
				// "switch recognition to Beijing, and Honduras severed
				// ties": the subject is the one after ", and", which opens
				// a clause.
				break
			}
			return true
		}
	}
	if gap, ok := r.toGap(folded, m, g); ok {
		// "urged Trump to lift measures against China and warned the US":
		// the verb right after "and" is not the last object's.
		switch strings.TrimLeft(strings.TrimPrefix(gap, "'s"), ", ") {
		case "and ", "and also ", "and then ", "and later ", "but ", "but also ":
			return true
		}
		if strings.HasPrefix(folded[m[2*g]:], "⟦D") && strings.Contains(gap, " and ") && objectBefore(before[strings.LastIndex(before, ", ")+1:]) {
			// "expelled French troops in 2023 and has since deepened
			// cooperation with Russia": the demonym qualifies the object
			// of the verb before it; the verb after "and" is not its. A
			// subject set off by commas comes before the verb ("Niger's
			// leader, General Tiani, expelled French troops").
			return true
		}
		if (objectPhraseAnd.MatchString(gap) || nounAnd.MatchString(gap)) && objectBefore(before[strings.LastIndex(before, ", ")+1:]) {
			// "praised Russia as a true partner and criticised France",
			// "accused Peru of spying and expelled", "convened a National
			// Security Council meeting and urged": the object of the verb
			// before, or the noun it qualifies there, does not take the
			// verb after "and".
			return true
		}
		if strings.HasPrefix(folded[m[2*g]:], "⟦P") && reportedOther.MatchString(gap) {
			// "Saree said the group had fired a missile at Israel": what a
			// speaker reports of another subject is not his own act.
			return true
		}
		if strings.Contains(gap, ", and ") && reportedBefore.MatchString(before) {
			// "Ruto said the EAC must work together, and urged Tanzania
			// to join": the verb after ", and" is the speaker's.
			return true
		}
		if (strings.Contains(gap, ", and ") || strings.HasSuffix(gap, " and ")) && prepositionBefore(before) {
			// "imposed a levy over New Delhi's purchases of Russian oil,
			// and threatened Canada", "on the sidelines of the Quad
			// ministers' meeting and urged India": a name a preposition
			// governs does not take the verb after "and".
			return true
		}
		if strings.HasPrefix(gap, " to ") && strings.HasSuffix(gap, " and ") && strings.HasSuffix(firstWord(folded[m[2*r.gaps[0]+1]:]), "ed") {
			// "ordered Ethiopia's ambassador Ware to leave the country and
			// recalled its own envoy": the one told to go does not
			// recall; the past tense goes with the verb that told him.
			return true
		}
		if strings.TrimSpace(gap) == "that" && r.gerundTrigger(folded, m) {
			// "warned Trump that supplying missiles to Kyiv would damage
			// ties": the gerund opens a clause of its own, with no subject.
			return true
		}
		if strings.Contains(gap, " where ") {
			// "due to visit Washington next month, where he will meet": a
			// place, not the one who acts.
			return true
		}
		// "thanked Iran for its support during the conflict with India":
		// the one thanked, not a party to what its deed was done in ("for
		// its role in brokering talks" is its own).
		for _, p := range []string{" for its ", " for their ", " for his ", " for her "} {
			if strings.HasPrefix(gap, p) && (strings.Contains(gap, " during ") || strings.Contains(gap, " amid ") || strings.Contains(gap, " since ")) {
				return true
			}
		}
	}
	after := folded[m[2*g+1]:]
	if loc := frontedPhrase.FindStringIndex(folded); loc != nil && m[2*g] < loc[1] && m[1] > loc[1] {
		// "In a call with Soto, Vega praised": a name in the phrase put
		// before the clause is not its subject (a match inside the phrase
		// stands: "After Chile expelled Peru's envoy, ...").
		return true
	}
	if strings.HasPrefix(after, "'s ") && r.gapUsed(m) && (objectOfVerb(before) || prepositionBefore(before)) && !ownRoleRe.MatchString(after) {
		// "discussed North Korea's missile programmes and agreed to":
		// the possessive is in what the verb before takes ("praised
		// Turkey's role in mediating" is Turkey's own deed).
		return true
	}
	if strings.HasPrefix(after, ", and ") || closedByDate.MatchString(after) {
		// "summoned the British ambassador, Nigel Casey, and announced",
		// "expelled the ambassador, X, in April 2024 and ordered": the
		// name closes a clause; the verb after "and" is its subject's.
		return true
	}
	clause := strings.TrimLeft(before[strings.LastIndexByte(before, ',')+1:], " ")
	if len(r.gaps) > 0 && m[2*r.gaps[0]+1] > m[2*g+1] && strings.Contains(folded[m[2*g+1]:m[2*r.gaps[0]+1]], ",") {
		// "Egypt, which has a dispute with Ethiopia over a dam, has sent
		// weapons": a subject inside a relative clause does not act in the
		// main clause that the comma returns to.
		for _, w := range relativeOpeners {
			if strings.HasPrefix(clause, w) {
				return true
			}
		}
	}
	if appositiveQualifier(before, clause, after) {
		return true
	}
	if strings.HasPrefix(after, ",") {
		// "Lula, a rival of Milei, visited China": the complement of an
		// appositive.
		if (strings.HasPrefix(clause, "a ") || strings.HasPrefix(clause, "an ") || strings.HasPrefix(clause, "the ")) &&
			strings.HasSuffix(clause, " of ") && strings.Contains(before, ",") {
			return true
		}
		for _, w := range appositiveOpeners {
			if strings.HasPrefix(clause, w) {
				return true
			}
		}
	}
	return false
}

// closedByDate follows a name set off by commas whose clause ends with a
// date before "and": ", in April 2024 and ordered".
var closedByDate = regexp.MustCompile(`^, (?:in|on|last|this|earlier|late|early) [^,;⟦]{0,25}?,? and `)

// ownRoleRe follows a possessive whose noun is the owner's part in the
// deed after it: "Turkey's role in mediating", "Qatar's efforts to broker".
var ownRoleRe = regexp.MustCompile(`^'s (?:[\w-]+ )?(?:role|roles|efforts?|work) (?:in|to) `)

// appositiveQualifier reports a subject that qualifies the office in an
// appositive after a name: "Rutte, a former Dutch prime minister, met
// Zelensky" - the Netherlands does not meet anyone; the name before acts.
func appositiveQualifier(before, clause, after string) bool {
	comma := strings.LastIndexByte(before, ',')
	if comma < 0 || !strings.HasSuffix(strings.TrimRight(before[:comma], " "), "⟧") {
		return false
	}
	// "a ", "a former ", "the then ", "a leading ", "both ": an article,
	// "former" or "both" and at most one word more.
	first, rest, _ := strings.Cut(clause, " ")
	opener := slices.Contains([]string{"a", "an", "the", "former", "both", "all", "fellow"}, first) && strings.Count(rest, " ") <= 1 &&
		(rest == "" || strings.HasSuffix(rest, " ") && !strings.ContainsAny(rest, "⟦⟧"))
	end := strings.IndexByte(after, ',')
	return opener && end > 0 && end <= 40 && !strings.ContainsAny(after[:end], "⟦.;")
}

// maxGap bounds a {G} gap: words between a participant and a trigger. The
// gap is unbounded in the pattern (a bounded repeat makes the compiled
// program many times larger and slower) and checked here instead.
const maxGap = 60

func (r *rule) shortGaps(text string, m []int) bool {
	for _, g := range r.gaps {
		if m[2*g] >= 0 && utf8.RuneCountInString(text[m[2*g]:m[2*g+1]]) > maxGap {
			return false
		}
	}
	for _, sp := range r.spans {
		if m[2*sp.group] >= 0 && utf8.RuneCountInString(text[m[2*sp.group]:m[2*sp.group+1]]) > sp.max {
			return false
		}
	}
	return true
}

// A span is a lazy repeat of one character class with a long bound, such
// as "[^.;]{0,200}?". The bound is taken out of the pattern and checked
// on the match: a counted repeat compiles to one copy of the class per
// count, which makes the program large and every match slow.
type span struct{ group, max int }

var longRepeat = regexp.MustCompile(`(\[[^\]]*\])\{0,([1-9][0-9]+)\}\?`)

// unboundRepeats rewrites each long lazy repeat as an unbounded one in a
// group of its own, named with its bound.
func unboundRepeats(pat string) string {
	return longRepeat.ReplaceAllString(pat, `(?P<span$2>$1*?)`)
}

// symmetric relation types are stored once per pair, smaller id first.
var symmetric = map[string]bool{"RESTORES_TIES": true, "MEETS_WITH": true, "AGREES_WITH": true,
	"COOPERATES_WITH": true, "ALLIED_WITH": true, "IN_CONFLICT_WITH": true}

// Types lists every relation type of the ontology.
var Types = []string{"RESTORES_TIES", "SEVERS_TIES", "MEETS_WITH", "VISITS", "AGREES_WITH",
	"COOPERATES_WITH", "SUPPORTS", "ALLIED_WITH", "MEDIATES", "PRAISES", "IMPOSES_BAN",
	"IMPOSES_SANCTIONS", "IMPOSES_TARIFFS", "LIFTS_RESTRICTIONS", "ACCUSES", "CRITICIZES",
	"THREATENS", "ATTACKS", "IN_CONFLICT_WITH", "EXPELS", "DEMANDS", "REJECTS", "ARRESTS",
	"HOLDS_ROLE", "MEMBER_OF", "BASED_IN"}

// IsSymmetric reports whether a relation type has no direction.
func IsSymmetric(t string) bool { return symmetric[t] }

const (
	// Placeholders match case-sensitively: a pattern that starts with one
	// then has the literal prefix "⟦", which the regexp engine jumps to.
	anyEnt  = `(?-i:⟦[CDPO]\d+⟧)`
	listSep = `(?:,? and |, |,? or |,? as well as )(?:the |(?:his |her |their )(?:wife |husband |son |daughter |brother |sister )?|mr\.? |mrs\.? |ms\.? |dr\.? )?`
)

var macros = func() *strings.Replacer {
	// A list item may be a titled person: "Nikol Pashinyan and Azerbaijani
	// President Ilham Aliyev".
	item := `(?:(?:(?-i:⟦[CDO]\d+⟧)(?:'s|’s)? )?` + titleMacro + ` |(?-i:⟦[CD]\d+⟧) counterparts?, |(?-i:⟦[CDO]\d+⟧)(?:'s|’s) )?` + anyEnt
	// In an object list the first may be too: "between Cambodian Prime Minister Hun Manet
	// and Thailand's acting Prime Minister Phumtham Wechayachai".
	titled := `(?:'s|’s)? ` + titleMacro + ` (?-i:⟦P\d+⟧)`
	// The second may share the first's state: "Vietnamese President Luong
	// Cuong and Prime Minister Pham Minh Chinh", "U.S. Vice President JD
	// Vance and Army Secretary Dan Driscoll".
	first := anyEnt + `(?:` + titled + `(?:,? and |, )(?:the |his |her |their )?(?:(?-i:⟦[CDO]\d+⟧)` + titled + `|` + sharedTitle + ` (?-i:⟦P\d+⟧)))?`
	// A member may be a state's government: "between the Congolese
	// government and the M23".
	gov := `(?: government| authorities)?`
	list := anyEnt + gov + `(?:` + listSep + item + gov + `)*`
	objects := first + gov + `(?:` + listSep + item + gov + `)*`
	return strings.NewReplacer(
		"{SL}", `(?:the )?(?P<s>`+list+`)`, "{OL}", `(?:both )?(?:the |his |her |their |its )?(?:visiting )?`+stricken+bareTitle+`(?P<o>`+objects+`)`, "{ALL}", `(?:the )?(?P<l>`+list+`)`,
		"{S}", `(?:the )?(?P<s>`+anyEnt+`)`, "{O}", `(?:the )?`+stricken+bareTitle+`(?P<o>`+anyEnt+`)`,
		"{PS}", `(?P<s>(?-i:⟦P\d+⟧))`, "{CS}", `(?P<s>(?-i:⟦[CD]\d+⟧))`, "{ORGS}", `(?P<s>(?-i:⟦O\d+⟧))`,
		"{P}", `(?P<o>(?-i:⟦P\d+⟧))`, "{C}", `(?P<o>(?-i:⟦[CD]\d+⟧))`, "{R}", region, "{ORG}", `(?P<o>(?-i:⟦O\d+⟧))`,
		"{G}", `(?P<g>[^⟦⟧.;:]*?)`, "{W}", `(?P<g>(?:[^⟦⟧.;:]*?[ '"(])??)`, "{PREV}", ``, "{ACCUSER}", ``,
	)
}()

// stricken is what befell a state, written before its name: "sent aid to
// quake-hit Chile", "war-torn Sudan".
const stricken = `(?:[a-z]+-(?:hit|torn|ravaged|stricken|affected|wracked|racked) )?`

// compassWords name a part of a state before its name: "in northeast
// Syria".
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true}

// region is a part of a state named before it: "struck southern Lebanon".
const region = `(?:(?:southern|northern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern) )?`

// bareTitle is an office written before an object's name without its
// state, or an honorific: "criticised Prime Minister Benjamin Netanyahu",
// "an ally of Mr Maduro", "met National Security Adviser X", "met Vice
// Premier X". Only whole titles, so that "condemned the killing of
// President X" does not read as condemning X.
const bareTitle = `(?:(?:mr\.?|mrs\.?|ms\.?|dr\.?|(?:(?:acting|interim|deputy|vice|first deputy|first vice) )?(?:prime minister|president|chancellor|premier)|crown prince|` +
	`(?:national security|deputy|foreign|defen[cs]e|interior|finance|trade|commerce|treasury|home|justice|health|energy|army|cabinet|chief) ` +
	`(?:minister|secretary|adviser|advisor|negotiator|envoy|ambassador)|` +
	`(?:army|military|defen[cs]e|intelligence|police) chief|junta leader|` +
	`secretary of state|secretary-general|secretary general|king|queen|emir|sheikh|sheikha|sultan|pope|senator|governor-general|governor general|governor|general|opposition leader|(?:[\w-]+ )?mayor) )?`

var titleMacro = `(?:(?:[\w-]+ ){0,3}?(?:` + `minister|president|secretary|director|chancellor|premier|pm|king|queen|emir|ambassador|envoy|spokes\w+|chief(?: (?:executive|operating|financial)(?: officer)?)?|leader|governor|mayor|chairman|chairperson|chair|commissioner|commander|ceo|founder|co-founder|general|official|adviser|advisor|negotiator|representative|speaker|counterparts?` + `)(?:-general|-designate|-elect)?(?: of (?:state|defen[cs]e|war|the treasury))?(?: (?:ayatollah|sheikh|field marshal|marshal|general|gen\.))?)`

// sharedTitle is an office named with no words of its own before it,
// whose state is the one of the title before: "and Prime Minister".
const sharedTitle = `(?:(?:deputy|vice|acting|prime|foreign|defen[cs]e|interior|finance|trade|home|first|senior|army|navy|cabinet|chief|treasury|commerce|justice|health|energy|security|national) ){0,3}(?:minister|president|secretary|chancellor|premier|crown prince|ambassador|envoy|spokes\w+|governor|commander|speaker|adviser|advisor|negotiator)`

// wordGap finds a {G} gap that a space precedes and a word or a group follows.
var wordGap = regexp.MustCompile(` \{G\}([\pL(\\{])`)

// groupRole names the participant groups of a rule for its errors.
var groupRole = map[string]string{"s": "subject ({S}, {SL}, {PS} ...)", "o": "object ({O}, {OL}, {C} ...)", "l": "list ({ALL})"}

var placeholderRe = mustGated(`⟦[CDPO](\d+)⟧`)

func loadRules(extra []string) ([]*rule, *ruleFilter, error) {
	lines, err := readLines("triggers.tsv")
	if err != nil {
		return nil, nil, err
	}
	all := append(lines, extra...)
	// Rules compile independently, on every core: startup is mostly
	// parsing their patterns. Errors are reported in the order of lines.
	type compiled struct {
		r    *rule
		sets [][]string
		err  error
	}
	done := make([]compiled, len(all))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range next {
				where := fmt.Sprintf("data/triggers.tsv rule %d", n+1)
				if n >= len(lines) {
					where = fmt.Sprintf("extract.triggers entry %d", n-len(lines)+1)
				}
				r, sets, err := compileRule(all[n])
				if err != nil {
					err = fmt.Errorf("%s%v", where, err)
				}
				done[n] = compiled{r, sets, err}
			}
		}()
	}
	for n := range all {
		next <- n
	}
	close(next)
	wg.Wait()
	var out []*rule
	idx := newNeedleIndex()
	for _, c := range done {
		if c.err != nil {
			return nil, nil, c.err
		}
		for _, set := range c.sets {
			ids := make([]int, len(set))
			for i, w := range set {
				ids[i] = idx.add(w)
			}
			c.r.needs = append(c.r.needs, ids)
		}
		out = append(out, c.r)
	}
	if err := idx.build(); err != nil {
		return nil, nil, fmt.Errorf("data/triggers.tsv: %v", err)
	}
	return out, newRuleFilter(idx, out), nil
}

// compileRule compiles one line of the lexicon and lists the needle sets
// of its pattern. An error starts with what follows the rule's place.
func compileRule(l string) (*rule, [][]string, error) {
	f := strings.SplitN(l, "\t", 5)
	if len(f) != 5 {
		return nil, nil, fmt.Errorf(": want 5 tab-separated fields (type, name, modality, confidence, pattern)")
	}
	conf, err := strconv.ParseFloat(f[3], 64)
	if err != nil {
		return nil, nil, fmt.Errorf(": confidence %q is not a number", f[3])
	}
	pat := unboundRepeats(strings.ReplaceAll(f[4], "{TITLE}", titleMacro))
	// "Trump, who threatened ...": a comma may follow the subject, and
	// a possessive ("Norway's prime minister spoke ...").
	pat = strings.ReplaceAll(pat, "} {G}", "}(?:'s)?,? {G}")
	// A gap before a word is whole words: the trigger starts a word
	// ("helmet" holds no "met"), and the engine tries the trigger only
	// after a space or an opening quote instead of after every letter.
	pat = wordGap.ReplaceAllString(pat, " {W}$1")
	// A leading "the" needs no pattern: matches start at the placeholder,
	// and a pattern that starts with "⟦" lets the regexp engine skip
	// ahead to the next entity.
	src := `(?i)` + strings.TrimPrefix(macros.Replace(pat), `(?:the )?`)
	re, folded, err := compileFolded(src)
	if err != nil {
		return nil, nil, fmt.Errorf(" (%s): %v", f[1], err)
	}
	fixed := strings.HasSuffix(f[2], "!")
	f[2] = strings.TrimSuffix(f[2], "!")
	r := &rule{typ: f[0], name: f[1], modality: f[2], confidence: conf, re: re, folded: folded, fixed: fixed,
		passive:  byWord.MatchString(f[4]),
		pairwise: strings.Contains(f[4], "{ALL}"), prevObjects: strings.Contains(f[4], "{PREV}"),
		accuserObjects: strings.Contains(f[4], "{ACCUSER}"),
		appositive:     appositiveRule.MatchString(f[4])}
	r.gate = newGate(re.String())
	r.subj, r.obj, r.list = re.SubexpIndex("s"), re.SubexpIndex("o"), re.SubexpIndex("l")
	// Only a group's first instance would be read: one of each.
	named := map[string]int{}
	for _, name := range re.SubexpNames() {
		named[name]++
	}
	for _, g := range []string{"s", "o", "l"} {
		if named[g] > 1 {
			return nil, nil, fmt.Errorf(" (%s): the pattern names its %s %d times; name it once", f[1], groupRole[g], named[g])
		}
	}
	for i, name := range re.SubexpNames() {
		if name == "g" {
			r.gaps = append(r.gaps, i)
		}
		if n, ok := strings.CutPrefix(name, "span"); ok {
			max, _ := strconv.Atoi(n)
			r.spans = append(r.spans, span{i, max})
		}
	}
	return r, requiredSets(src), nil
}

// quoteReplacer plains typographic quotes and dashes; tagged relies on
// each of them starting with the bytes E2 80.
var quoteReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", " - ", "–", "-")

func placeholderLetter(m mention) string {
	switch {
	case m.typ == Country && m.demonym:
		return "D"
	case m.typ == Country:
		return "C"
	case m.typ == Person:
		return "P"
	}
	return "O"
}

// tagged renders a sentence with each mention replaced by its placeholder.
func tagged(s *sentence, ms []mention) string {
	b := make([]byte, 0, len(s.text)+8*len(ms))
	placeholder := func(m mention, i int) { b = appendTag(b, m, i) }
	pos := 0
	for i, m := range ms {
		if m.end <= m.start {
			continue
		}
		st, en := s.tokens[m.start].start, s.tokens[m.end-1].end
		if m.part[1] > 0 {
			st, en = st+m.part[0], st+m.part[1]
		}
		if st < pos {
			continue
		}
		// "the East Turkestan Islamic Movement (ETIM)": one placeholder.
		if i+1 < len(ms) && ms[i+1].id == m.id && ms[i+1].end > ms[i+1].start {
			st2, en2 := s.tokens[ms[i+1].start].start, s.tokens[ms[i+1].end-1].end
			if st2 >= en && strings.TrimSpace(s.text[en:st2]) == "(" && strings.HasPrefix(s.text[en2:], ")") {
				b = append(b, s.text[pos:st]...)
				placeholder(m, i)
				pos = en2 + 1
				continue
			}
		}
		b = append(b, s.text[pos:st]...)
		if m.pair && i+1 < len(ms) {
			// "the two countries": both, as if named. After "and" they
			// open a clause of their own ("held talks with X in Male, and
			// the two sides signed"), which "both" keeps from the list
			// before. "The three countries": "X, Y and Z".
			if st >= 4 && s.text[st-4:st] == "and " && !ms[i+1].pair {
				b = append(b, "both "...)
			}
			placeholder(m, i)
			for i+1 < len(ms) && ms[i].pair {
				if i++; ms[i].pair {
					b = append(b, ", "...)
				} else {
					b = append(b, " and "...)
				}
				placeholder(ms[i], i)
			}
		} else {
			placeholder(m, i)
		}
		b = append(b, m.suffix...)
		pos = en
		if last := s.tokens[m.end-1].lower; m.typ == Person && (last == "jr" || last == "sr") && strings.HasPrefix(s.text[en:], ".") {
			// "Ferdinand Marcos Jr. is set to visit": the period is the
			// name's.
			pos++
		}
	}
	b = append(b, s.text[pos:]...)
	out := string(b)
	// Curly quotes and dashes all start with these two bytes.
	if strings.Contains(out, "\xe2\x80") {
		out = quoteReplacer.Replace(out)
	}
	return out
}

// relations applies every rule to one sentence.
func (a *article) relations(s *sentence, ms, prev []mention, published string) []Relation {
	var pair []mention
	if strings.HasPrefix(s.text, "They ") {
		pair = a.openingPair(prev)
	}
	ms = a.resolvePair(s, ms, prev)
	if len(ms) == 0 && pair == nil {
		return nil
	}
	ms = a.resolvePronoun(s, ms, prev)
	ms = a.resolveStateKind(s, ms)
	ms, out := a.resolveDescriptions(s, ms, published)
	text := tagged(s, ms)
	if strings.Contains(text, " of ⟦") {
		text = a.x.lx.officeFirst(text)
	}
	date, dated := "", false
	// The date of a match is sought in its clause: from the last ';' before
	// it to the first comma or ';' after it ("met X in Tehran, in the
	// latest sign of ties restored in 2023" is not dated 2023). dateText is
	// the text of the match being read, "" for the whole sentence.
	dateText, dateFrom, dateTo := "", 0, 0
	clauseKey, clauseDate := "", ""
	rel := func(typ string, si, oi int, modality, rule, trigger string, conf float64, title string) {
		if si < 0 || oi < 0 || si >= len(ms) || oi >= len(ms) {
			return
		}
		if typ == "VISITS" && ms[oi].typ == Organization {
			// "visited the White House": the state the body sits in.
			// Only a state the article names: its entity is the one meant.
			iso := a.x.lx.orgSeat[a.ents[ms[oi].id].Name]
			if iso == "" || a.earlier == nil || !a.earlier.namedEntity(a.x.lx.countries[iso].id) {
				return
			}
			ms = append(ms, mention{id: a.addCountry(iso, ""), typ: Country})
			oi = len(ms) - 1
		}
		subj, obj := ms[si].id, ms[oi].id
		if subj == obj || !typeFits(typ, ms[si], ms[oi]) || typ == "HOLDS_ROLE" && ms[si].described {
			return
		}
		if rule == "shared-title" && !a.mayHold(subj, obj) {
			return
		}
		if symmetric[typ] && obj < subj {
			subj, obj = obj, subj
		}
		d := ""
		if dateText == "" {
			if !dated {
				date, dated = eventDate(s.text, published), true
			}
			d = date
		} else {
			if c := matchClause(dateText, dateFrom, dateTo); c != clauseKey || clauseKey == "" {
				clauseKey, clauseDate = c, eventDate(c, published)
			}
			d = clauseDate
		}
		out = append(out, Relation{Type: typ, Subject: subj, Object: obj, Modality: modality,
			Date: d, Confidence: conf, Evidence: s.text,
			Title: title, Rule: rule, Trigger: trigger})
	}
	lower := toLower(text)
	// An office is held when the article is written: "Muttaqi, the
	// foreign minister since the Taliban seized power in 2021".
	date, dated = published, true
	a.roleRelations(text, lower, rel, func(i int) string {
		if i < 0 || i >= len(ms) {
			return ""
		}
		return a.titleOf[ms[i].id]
	})
	for _, lr := range append(append(a.listedOffices(text, ms), a.leadersAides(text, ms)...), a.datelineOffices(text, ms)...) {
		at := slices.IndexFunc(ms, func(x mention) bool { return x.id == lr.state })
		if at < 0 {
			// not named in the sentence: a mention with no place in it
			ms = append(ms, mention{id: lr.state, typ: Country})
			at = len(ms) - 1
		}
		rel("HOLDS_ROLE", lr.person, at, Asserted, lr.rule, lr.match, 0.75, lr.title)
	}
	dated = false
	if strings.HasSuffix(strings.TrimRight(s.text, " \"'’”"), "?") {
		// "Would Iran attack Israel again?": a question states nothing.
		return out
	}
	apply := func(text, lower string) {
		// The rules a sentence's words allow: for a rewritten sentence,
		// fewer than for the sentence as written.
		may := a.x.lx.filter.possible(lower, &a.scratch)
		folded := foldASCII(text)
		for ri, r := range a.x.lx.rules {
			// Two participants are needed, except where the object may come
			// from earlier sentences.
			if len(ms) < 2 && r.typ != "MEMBER_OF" && !r.prevObjects && !r.accuserObjects {
				continue
			}
			if !may[ri] {
				continue
			}
			in := text
			if r.folded {
				in = folded
			}
			for _, m := range r.gate.findAll(r.re, in) {
				if !r.shortGaps(text, m) || r.subjectNotActor(folded, m) || r.passiveAgent(folded, m) ||
					strings.HasPrefix(r.typ, "IMPOSES_") && (liftingRe.MatchString(folded[m[0]:m[1]]) || liftingOfRe.MatchString(folded[:m[0]])) ||
					(strings.HasPrefix(r.typ, "IMPOSES_") || r.typ == "LIFTS_RESTRICTIONS") && (discussedOnly(folded[max(0, m[0]-60):m[1]]) || measureNotTaken(folded[m[0]:m[1]], reactedRe)) ||
					r.typ == "ARRESTS" && releasingRe.MatchString(folded[m[0]:m[1]]) ||
					r.typ == "EXPELS" && !r.passive && expelledFromRe.MatchString(folded[m[0]:m[1]]) ||
					r.typ == "IN_CONFLICT_WITH" && (discussedRe.MatchString(folded[m[0]:m[1]]) || peacePlanRe.MatchString(folded[m[0]:m[1]])) ||
					r.typ == "VISITS" && (travelWarningRe.MatchString(folded[m[0]:m[1]]) || peopleWhoRe.MatchString(folded[m[0]:m[1]]) || hostedByRe.MatchString(folded[m[0]:m[1]])) ||
					conditional(folded[:m[0]]) || r.urgesOthers(folded, m) || s.title && r.headlineObject(folded, m) ||
					r.objectIsEvent(folded, m) || r.objectIsOthers(folded, m) || r.adjectivalTrigger(folded, m) {
					continue
				}
				match := text[m[0]:m[1]]
				dateText, dateFrom, dateTo = text, m[0], m[1]
				// The trigger follows the last gap: negation is sought there.
				anchor := r.triggerAt(m)
				modality := modalityOf(r, text, lower, m[1], anchor)
				g := r.actorGroup()
				if s.title && modality == Asserted && (g >= 0 && m[2*g+1] >= 0 && headlineFuture.MatchString(folded[m[2*g+1]:]) || headlineFutureBefore.MatchString(folded[:m[0]])) {
					// "US to cut tariffs on China", "Oman to host US-Iran
					// talks": a headline's infinitive announces what is to
					// come, and what its object names with it.
					modality = Planned
				}
				if modality == Asserted && r.typ == "RESTORES_TIES" && talksOnRe.MatchString(folded[m[0]:m[1]]) {
					// "for talks on normalising relations": sought, not done.
					modality = Planned
				}
				if modality == Asserted && !attributive[r.typ] && (allegedContent(folded[:m[0]]) || accusedWithin.MatchString(folded[m[0]:anchor]) || hearsayWithin.MatchString(folded[m[0]:m[1]]) || claimedAfter.MatchString(folded[m[1]:])) {
					// "accused Rwanda of supplying weapons to M23": what is
					// alleged, not what happened.
					modality = Alleged
				}
				subs, objs, all := groupIdx(text, m, r.subj), groupIdx(text, m, r.obj), groupIdx(text, m, r.list)
				subs, all, objs = clauseJoin(text, m, r.subj, subs, true), clauseJoin(text, m, r.list, all, true), clauseJoin(text, m, r.obj, objs, false)
				subs, all, objs = beforeRelative(text, m, r.subj, subs), beforeRelative(text, m, r.list, all), beforeRelative(text, m, r.obj, objs)
				subs, all = appositivePossessor(text, m, r.subj, subs), appositivePossessor(text, m, r.list, all)
				objs = appositivePossessor(text, m, r.obj, objs)
				objs = attribution(text, m, r.obj, objs)
				if g := r.subj; g >= 0 && m[2*g+1] == m[1] {
					// "brokered by Turkey, President Erdogan said": the
					// speaker closes no list of actors.
					subs = speakerAfter(text, m, g, subs)
				}
				subs, all = appositiveQualified(text, m, r.subj, subs), appositiveQualified(text, m, r.list, all)
				subs = appositiveRelated(text, m, r.subj, subs)
				subs = officeHolder(text, m, r.subj, subs)
				// "his Indian and Pakistani counterparts, S. Jaishankar and Ishaq
				// Dar": the people the demonyms qualify.
				if g := r.obj; g > 0 && m[2*g+1] > 0 {
					objs = counterparts(text[m[2*g]:m[2*g+1]], text[m[2*g+1]:], objs)
				}
				// "met German Chancellor Friedrich Merz": the person, not the
				// state that qualifies the title, takes part.
				lists := [][]int{subs, objs, all}
				if r.typ == "EXPELS" {
					// "expelled Mexico's ambassador Pablo Monroy": the state
					// the envoy stands for is the one expelled.
					lists = [][]int{subs, all}
				}
				for _, list := range lists {
					for k, i := range list {
						list[k] = holderIndex(text, ms, i, m[1])
					}
				}
				if !strings.HasPrefix(r.typ, "IMPOSES_") {
					// "hosts Sudan's RSF", "supplying weapons to Sudan's
					// RSF": the body, not its state.
					for k, i := range objs {
						objs[k] = possessedBody(text, ms, i)
					}
				}
				// "sanctions on Russian oil giants Rosneft and Lukoil": the
				// firms the state qualifies.
				subs, objs, all = firmsAfter(text, ms, subs), firmsAfter(text, ms, objs), firmsAfter(text, ms, all)
				if r.pairwise {
					rest, with := strings.CutPrefix(folded[m[1]:], " with")
					if !with && strings.HasSuffix(folded[:m[1]], " with") {
						// the pattern's own last word: "held talks with"
						rest, with = folded[m[1]:], true
					}
					if with && withParty.MatchString(rest) {
						// "A and B signed the pact with C": A and B are one
						// side; the rule for "with" pairs each with C.
						continue
					}
					if r.list >= 0 && membersOf.MatchString(folded[:m[2*r.list]]) {
						// "the Mercosur bloc of Brazil, Argentina, Paraguay
						// and Uruguay signed": the members are one party.
						continue
					}
					// "the two countries, Ararat Mirzoyan and Jeyhun Bayramov,":
					// people set beside states name who acted for them, and
					// meet each other, not the states.
					apposed := r.list >= 0 && stateThenPeople.MatchString(text[m[2*r.list]:m[2*r.list+1]])
					for x := 0; x < len(all); x++ {
						for y := x + 1; y < len(all); y++ {
							if apposed && (ms[all[x]].typ == Person) != (ms[all[y]].typ == Person) {
								continue
							}
							rel(r.typ, all[x], all[y], modality, r.name, match, r.confidence, "")
							if !symmetric[r.typ] {
								// "A and B cut ties", "blamed each other": each acts on the other.
								rel(r.typ, all[y], all[x], modality, r.name, match, r.confidence, "")
							}
						}
					}
					continue
				}
				if len(objs) == 0 && r.prevObjects {
					// "accusing these nations": the states listed last, except
					// those this sentence names ("Ghanaian Foreign Minister").
					here := map[string]bool{}
					for _, m := range ms {
						here[m.id] = true
					}
					for _, p := range a.lastStates {
						if !here[p.id] {
							ms = append(ms, p)
							objs = append(objs, len(ms)-1)
						}
					}
				}
				if len(objs) == 0 && r.accuserObjects && len(subs) == 1 {
					// "India denied the allegations": the one who made them
					// in the sentence before.
					for _, p := range a.prevRelations {
						if p.Type == "ACCUSES" && p.Object == ms[subs[0]].id && !slices.ContainsFunc(objs, func(i int) bool { return ms[i].id == p.Subject }) {
							ms = append(ms, mention{id: p.Subject, typ: a.ents[p.Subject].Type})
							objs = append(objs, len(ms)-1)
						}
					}
				}
				if len(objs) == 0 && r.typ == "MEMBER_OF" {
					// "Iran and Egypt became full members": of the body the
					// sentence or the article was just speaking of.
					if k := lastOrgBefore(text[:m[0]]); k >= 0 {
						objs = []int{k}
					} else if a.lastOrg >= 0 {
						ms = append(ms, a.orgMention(a.lastOrg))
						objs = []int{len(ms) - 1}
					}
				}
				title := ""
				if r.typ == "HOLDS_ROLE" {
					// "⟦P0⟧, the head of the ⟦O1⟧": the title is "head"
					if t := servedAsRe.FindStringSubmatch(match); t != nil {
						// "X, who served as Peru's foreign minister": a former one
						title = t[2]
						if t[1] != "" {
							title = "former " + title
						}
					} else if t := ruleTitle.FindStringSubmatch(match); t != nil {
						if !a.x.lx.headTitle(t[2]) && !strings.EqualFold(t[2], "head") {
							continue // "X, the wife of the president of Peru": no office of hers
						}
						title = t[2]
						if t[1] != "" {
							title = "former " + title
						}
					} else if t := officeOfRe.FindStringSubmatch(match); t != nil {
						// "the speaker of Iran's parliament, Ghalibaf,"
						title = t[1]
						if art, rest, ok := strings.Cut(title, " "); ok && isOneOf(strings.ToLower(art), "the", "a", "an") {
							title = rest // "a spokesperson for the ministry"
						}
						if t[2] != "" {
							title += " of " + t[2]
						}
					} else if t := roleVerb.FindStringSubmatch(match); t != nil {
						// "the RSF, led by Dagalo": its leader
						title = roleVerbTitle[strings.ToLower(t[1])]
					} else if t := titleNameOf.FindStringSubmatch(match); t != nil {
						// "President Emmanuel Macron of France"
						title = t[1]
					} else if t := itsTitle.FindStringSubmatch(match); t != nil {
						// "Hezbollah ..., and its leader Naim Qassem"
						title = t[1]
					}
				}
				for _, si := range subs {
					for _, oi := range objs {
						rel(r.typ, si, oi, modality, r.name, match, r.confidence, title)
					}
				}
			}
		}
	}
	apply(text, lower)
	readings := rewrites(text)
	if reduced := withoutRepeatedPerson(text, ms); reduced != text {
		readings = append(readings, reduced)
	}
	if pair != nil && strings.HasPrefix(text, "They ") {
		// "Peru and Chile held talks in Quito. They agreed to reopen the
		// border": the pair the previous sentence opened with.
		at := len(ms)
		for _, p := range pair {
			p.start, p.end = 0, 0 // named in another sentence: no place in this one
			ms = append(ms, p)
		}
		readings = append(readings, tagOf(pair[0], at)+" and "+tagOf(pair[1], at+1)+text[len("They"):])
	}
	for _, reduced := range readings {
		apply(reduced, toLower(reduced))
	}
	return out
}

// officeOfName is a capitalised office, the state or body it is of, and
// the holder's name right after: "President of Ukraine Volodymyr
// Zelensky", "Minister of Foreign Affairs of ⟦C1⟧ ⟦P2⟧".
var officeOfName = regexp.MustCompile(`(?:^|[ (])((?:The )?[A-Z][\w-]+(?: (?:[A-Z][\w-]+|of|and))*?) of (?:the )?(⟦[CO]\d+⟧) (⟦P\d+⟧)`)

// officeFirst writes each office of a state or body set before its
// holder's name as the possessive puts it, "⟦C1⟧'s President ⟦P2⟧", the
// form the role and relation patterns read.
func (lx *lexicon) officeFirst(text string) string {
	ms := officeOfName.FindAllStringSubmatchIndex(text, -1)
	if ms == nil {
		return text
	}
	var b strings.Builder
	pos := 0
	for _, m := range ms {
		title := strings.TrimPrefix(text[m[2]:m[3]], "The ")
		if !lx.headTitle(title) {
			continue
		}
		b.WriteString(text[pos:m[2]])
		b.WriteString(text[m[4]:m[5]] + "'s " + title + " " + text[m[6]:m[7]])
		pos = m[1]
	}
	b.WriteString(text[pos:])
	return b.String()
}

// lastOrgBefore is the mention index of the last organisation placeholder
// in text, or -1.
func lastOrgBefore(text string) int {
	at := strings.LastIndex(text, "⟦O")
	if at < 0 {
		return -1
	}
	return orgIndexAt(text[at:])
}

// orgIndexAt reads the mention index of the organisation placeholder
// text opens with ("⟦O12⟧"), or -1.
func orgIndexAt(text string) int {
	digits, ok := strings.CutPrefix(text, "⟦O")
	if !ok {
		return -1
	}
	n, read := 0, 0
	for _, c := range digits {
		if c < '0' || c > '9' {
			break
		}
		n, read = n*10+int(c-'0'), read+1
	}
	if read == 0 {
		return -1
	}
	return n
}

// withoutRepeatedPerson drops an apposition that names the person before
// it again: "Luis Vega, the Peruvian president, praised Chile" reads
// "⟦P0⟧, ⟦P1⟧, praised ⟦C2⟧" with P1 the same person; without it the
// subject meets its verb.
func withoutRepeatedPerson(text string, ms []mention) string {
	for k := 1; k < len(ms); k++ {
		if ms[k].typ == Person && ms[k-1].typ == Person && ms[k].id == ms[k-1].id {
			first := tagOf(ms[k-1], k-1)
			text = strings.Replace(text, first+", "+tagOf(ms[k], k)+",", first, 1)
		}
	}
	return text
}

// rewrites are the tagged sentence read again so that a subject meets a
// verb it governs from afar.
func rewrites(text string) []string {
	var out []string
	// "Lithuania, which borders Belarus, expressed solidarity with Poland":
	// without the relative clause.
	if reduced := appositiveOffice.ReplaceAllString(relativeClause.ReplaceAllString(text, ""), "⟧"); reduced != text {
		out = append(out, reduced)
	}
	// "The junta in Niger expelled the French ambassador": the state whose
	// government acts.
	if strings.Contains(text, " in ⟦C") {
		if reduced := governmentIn.ReplaceAllString(text, "$1"); reduced != text {
			out = append(out, reduced)
		}
		// "The Houthis in Yemen have fired missiles at Israel", "China's
		// embassy in Canberra criticised Australia": the place of a body,
		// a person or a state's mission does not stand between it and its
		// verb.
		if reduced := placedIn.ReplaceAllString(text, "$1"); reduced != text {
			out = append(out, reduced)
		}
		// "Maduro told supporters at a rally in Caracas, calling Rubio a
		// warmonger": where an event was held stands between no one.
		if reduced := venueIn.ReplaceAllString(text, "$1"); reduced != text {
			out = append(out, reduced)
		}
	}
	// "India's envoy to the UN accused Pakistan": the state the envoy
	// speaks for.
	if strings.Contains(text, " to ") {
		if reduced := envoyActs(text); reduced != text {
			out = append(out, reduced)
		}
	}
	// "In a call with Soto, Peruvian President Vega praised Bolivia": the
	// clause without the phrase put before it, where the phrase names
	// someone.
	if loc := frontedPhrase.FindStringIndex(text); loc != nil && strings.Contains(text[:loc[1]], "⟦") {
		out = append(out, text[loc[1]:])
	}
	// "King Abdullah II of Jordan met Trump": the person, without the
	// state named after him.
	if strings.Contains(text, "⟧ of ") {
		if reduced := personOf.ReplaceAllString(text, "$1"); reduced != text {
			out = append(out, reduced)
		}
	}
	// "Wang, on his first visit to India in three years, also met Modi",
	// "the King, speaking in Amman, urged Washington": the person and the
	// verb, without the visit or the occasion between them.
	if strings.Contains(text, "⟧, ") {
		if reduced := onVisit.ReplaceAllString(text, "$1 "); reduced != text {
			out = append(out, reduced)
		}
	}
	// "Peru, along with Chile, criticised Bolivia": both did.
	if strings.Contains(text, "long with ") || strings.Contains(text, "ogether with ") {
		if reduced := alongWith.ReplaceAllString(text, "$1 and $2"); reduced != text {
			out = append(out, reduced)
		}
	}
	// "India suspended a treaty with Pakistan and expelled Pakistani
	// advisers": the second verb's subject is the first one's.
	out = append(out, coordinatedVerbs(text)...)
	// "Soto travelled to Lima, where she met Vega": the pronoun is the one
	// person named before it.
	if reduced := clausePronoun(text); reduced != "" {
		out = append(out, reduced)
	}
	// "Peru expelled Chile's ambassador, and it also banned Chilean
	// imports": "it" is the state or body the sentence opens with.
	if reduced := clauseIt(text); reduced != "" {
		out = append(out, reduced)
	}
	return out
}

// frontedPhrase is a phrase of time or circumstance opening a sentence
// and closed by a comma.
var frontedPhrase = mustGated(`(?i)^(?:in|after|during|before|following|despite|amid|ahead of|since|speaking|on|at|asked|when asked|unlike)\b[^,;:]{0,100}?, `)

var onVisit = mustGated(`(?i)(⟦P\d+⟧), (?:(?:who is |who was )?(?:on|during|in) (?:a |an |his |her |their )?(?:[\w-]+ ){0,3}?(?:visit|trip|tour) (?:to|of) ⟦[CD]\d+⟧[^,⟦⟧]{0,40}|speaking (?:in|at|from|to|during|on|after|before|alongside|with|by) [^,;.]{0,60}?), `)

// personOf is a person named with the state or body "of" which they hold
// an office: "King Abdullah II of Jordan".
const personOfText = `(⟦P\d+⟧) of (?:the )?`

var personOf = mustGated(personOfText + `⟦[CO]\d+⟧`)

var governmentIn = mustGated(`(?i)\bthe (?:military |ruling |interim |transitional |new )?` + rulerNouns + ` in (⟦C\d+⟧)`)

// rulerNouns name those who rule a state.
const rulerNouns = `(?:junta|government|authorities|regime|administration|leadership)`

// discussedOnly reports a match, with the words just before it, in which
// the measure is what was talked about or asked for: "Zelensky and Stubb
// discussed air defence and new sanctions against Russia", "Peru called
// for sanctions on Bolivia" impose nothing; "discussed and adopted
// sanctions" does.
func discussedOnly(match string) bool { return measureNotTaken(match, discussedRe, soughtRe) }

// measureNotTaken reports whether text holds a match of one of res with
// no verb that takes a measure after the last of them.
func measureNotTaken(text string, res ...*gatedRegexp) bool {
	var locs [][]int
	for _, re := range res {
		locs = append(locs, re.FindAllStringIndex(text, -1)...)
	}
	if locs == nil {
		return false
	}
	last := slices.MaxFunc(locs, func(a, b []int) int { return a[1] - b[1] })
	return !measureTakenRe.MatchString(text[last[1]:])
}

// reactedRe is a reaction to a measure someone else took or proposed,
// with the measure's verbal noun after it: "Hungary opposed sanctions on
// Russia", "Kyiv welcomed new sanctions on Moscow", "opposed lifting
// sanctions on Russia". Unlike asking for a measure, it counts only
// within a match: "welcomed the lifting of US sanctions on Syria" still
// has the United States lift them.
var reactedRe = mustGated(`(?i)\b(?:(?:oppos|denounc|welcom|prais|endors|criticis|criticiz|challeng)(?:e|es|ed|ing)|(?:resist|block|condemn|reject|protest|lament|hail|applaud|support)(?:s|ed|ing)?|back(?:s|ed|ing)|veto(?:es|ed|ing)?|slam(?:s|med|ming)?|decr(?:y|ies|ied|ying)|(?:object|complain)(?:s|ed|ing)? (?:to|about)|warn(?:s|ed|ing)? (?:of|about|against))(?: (?:the )?(?:lifting|easing|removal|imposition|extension) of| \w+ing\b)?`)

// soughtRe asks for a measure, which someone else is to take.
var soughtRe = mustGated(`(?i)\b(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|appeal(?:s|ed|ing)?|demand) for\b|\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|advocat(?:e|es|ed|ing))\b`)

// measureTakenRe is a verb that takes a measure.
var measureTakenRe = regexp.MustCompile(`\b(?:impos\w*|slap\w*|announc\w*|approv\w*|adopt\w*|unveil\w*|agree\w*|extend\w*|hit|hits|lift\w*|eas\w*|remov\w*|scrap\w*|suspend\w*)\b`)

// discussedRe finds talk about a war, which is no part in it: "Sisi and
// Burhan discussed the war with the RSF".
var discussedRe = mustGated(`(?i)\b(?:discuss\w*|talk(?:s|ed)? about|spoke about|speak about|briefed \w+ on|debated|reviewed)\b`)

// nounWithRe ends the text before the complement of a noun: "war with".
var nounWithRe = mustGated(`(?i)\b(?:war|conflict|fight|fighting|clashes|talks|truce|ceasefire|dispute|feud|standoff|ties|relations) with (?:the )?$`)

// ordinalBefore ends in an ordinal or superlative that makes a demonym
// after it describe someone named before: "is the first ".
var ordinalBefore = regexp.MustCompile(`\b(?:the|a) (?:first|second|third|last|only|latest|youngest|oldest)(?: ever)? $`)

// personOfRe ends a person's name followed by "of": "King X of ".
var personOfRe = regexp.MustCompile(personOfText + `$`)

// relatedTo is an apposition's phrase up to the one it relates a name to:
// "an aide to President ", "the sister of North Korean leader ".
const relatedTo = `(?:a|an|the) (?:[\w-]+ ){0,3}?(?:of|to) (?:the )?(?:⟦[CD]\d+⟧(?:'s|’s)? )?(?:[\w.-]+ ){0,3}`

// appositiveOfRe ends an appositive that relates the name before it to
// another: "X, an ally of ", "X, the son of Mr. ", "the X army, led by ",
// "X, the sister of North Korean leader ", "X, an aide to President ".
var appositiveOfRe = mustGated(`⟧(?:(?: [\w-]+){0,2}, ` + ledBy + ` (?:the )?` + bareTitle + `|, ` + relatedTo + `)$`)

// relativeWordRe opens a relative clause.
var relativeWordRe = regexp.MustCompile(`\b(?:who|which|whose|whom)\b`)

// kinAfterRe opens with a relative or a lawyer the name before it has.
var kinAfterRe = regexp.MustCompile(`^(?:'s|’s) (?:(?:elder|younger|late|estranged|former) )?(?:sister|brother|wife|husband|son|daughter|mother|father|niece|nephew|cousin|widow|widower|lawyers?|attorneys?)\b`)

// demandedThat ends a demand whose content a that-clause gives.
var demandedThat = mustGated(`\b(?:demand|demanded|demands|demanding|insist|insisted|insists|insisting|urged|urges|urging|asked|asks|requested|requests) that (?:the )?$`)

// requestedRe ends the text before someone asked or urged to act.
var requestedRe = mustGated(`(?i)\b(?:asked|asks|ask|urged|urges|urge|pressed|presses|press|called on|calls on|call on|called upon|requested|requests|begged|appealed to|appeals to|encouraged|encourages|wants|wanted|want|told|tells|expects|expected) (?:the )?$`)

var envoyTo = mustGated(`(⟦C\d+⟧)(?:'s|’s) (?:[\w-]+ ){0,2}?(?:envoy|ambassador|representative|delegate|delegation|mission|negotiator)s? (?:to|at) (?:the )?⟦[CO]\d+⟧`)

// envoyActs puts the state for its envoy where the envoy acts, but not
// in an apposition ("Harish, India's envoy to the UN, spoke"), which
// describes a person named before it.
func envoyActs(text string) string {
	locs := envoyTo.FindAllStringSubmatchIndex(text, -1)
	var b strings.Builder
	at := 0
	for _, l := range locs {
		if strings.HasSuffix(text[:l[0]], ", ") {
			continue
		}
		b.WriteString(text[at:l[0]])
		b.WriteString(text[l[2]:l[3]])
		at = l[1]
	}
	if at == 0 {
		return text
	}
	b.WriteString(text[at:])
	return b.String()
}

// alongWith sets a second actor beside the first: "Peru, along with Chile,".
var alongWith = mustGated(`(⟦[CDOP]\d+⟧), (?:along|together) with (?:the )?(⟦[CDOP]\d+⟧),`)

var venueIn = mustGated(`(?i)\b((?:rally|speech|news conference|press conference|conference|ceremony|event|forum|briefing|gathering|parade|address|campaign stop)) in ⟦C\d+⟧`)

var placedIn = mustGated(`(⟦[OP]\d+⟧|⟦[CD]\d+⟧(?:'s)? (?:[a-z-]+ )?(?:embassy|consulate|mission|ministry|delegation)) in ⟦C\d+⟧`)

var clausePronounRe = mustGated(`, (?:where|and|but|after|before|when|as|while) (?:he|she) `)

// clausePronoun rewrites "P ..., where she VERB ..." as "P VERB ..." when
// P is the only person named before the pronoun, or returns "".
func clausePronoun(text string) string {
	loc := clausePronounRe.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	people := personPlaceholder.FindAllStringIndex(text[:loc[0]], -1)
	if len(people) == 0 {
		return ""
	}
	first := text[people[0][0]:people[0][1]]
	for _, p := range people[1:] {
		if text[p[0]:p[1]] != first {
			return "" // two people: the pronoun is unclear
		}
	}
	last := people[len(people)-1]
	return text[:last[1]] + " " + text[loc[1]:]
}

var personPlaceholder = mustGated(`⟦P\d+⟧`)

var clauseItRe = mustGated(`, (?:and|but|after|before|when|as|while) it `)

var openingActor = mustGated(`^(?:The )?⟦[CO]\d+⟧`)

// clauseIt rewrites "S ..., and it VERB ..." as "S VERB ..." where the
// sentence opens with a state or body S, or returns "".
func clauseIt(text string) string {
	loc := clauseItRe.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	subj := openingActor.FindString(text)
	if subj == "" {
		return ""
	}
	return subj + " " + text[loc[1]:]
}

// verbsWithoutEd may open a second verb phrase after "and" although they
// do not end in "-ed": irregular past forms and auxiliaries.
var verbsWithoutEd = map[string]bool{"met": true, "cut": true, "hit": true, "struck": true, "held": true,
	"sent": true, "led": true, "took": true, "gave": true, "spoke": true, "began": true, "shut": true,
	"broke": true, "froze": true, "sought": true, "fought": true, "flew": true, "withdrew": true,
	"drew": true, "won": true, "lost": true, "made": true, "told": true, "said": true, "paid": true,
	"will": true, "would": true, "has": true, "have": true, "had": true}

// irregularPast are other past forms without "-ed" that show an entity to
// be a clause's subject ("after Muizzu came to power ... and asked"),
// though no trigger follows them.
var irregularPast = map[string]bool{"quit": true, "came": true, "went": true, "became": true, "saw": true,
	"wrote": true, "rose": true, "fell": true, "brought": true, "bought": true, "kept": true,
	"stood": true, "ran": true, "got": true, "grew": true, "threw": true, "chose": true,
	"found": true, "heard": true, "sold": true, "spent": true, "built": true, "felt": true,
	"left": true, "knew": true, "oversaw": true, "swore": true}

// auxiliaries and adverbs that may stand between a subject and its verb.
var beforeVerb = map[string]bool{"has": true, "have": true, "had": true, "also": true, "later": true,
	"then": true, "quickly": true, "subsequently": true, "will": true, "would": true, "could": true,
	"on": true, "recently": true, "already": true, "swiftly": true, "reportedly": true, "not": true,
	"never": true, "since": true, "now": true, "previously": true, "formally": true, "officially": true, "jointly": true,
	"yet": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// actorHeads are what a state's possessive names when the state acts:
// "Sudan's government accused ...".
var actorHeads = map[string]bool{"government": true, "army": true, "military": true, "president": true,
	"leader": true, "authorities": true, "administration": true, "junta": true, "cabinet": true,
	"ministry": true, "forces": true, "parliament": true}

// coordinatedVerbs rewrites "S verb1 ... and verb2 ..." as "S verb2 ...",
// for each "and" followed by a verb whose subject is the nearest entity
// before it that itself stands before a verb. At most three rewrites.
func coordinatedVerbs(text string) []string {
	var out []string
	for from := 0; len(out) < 3; {
		k := strings.Index(text[from:], " and ")
		if k < 0 {
			break
		}
		at := from + k
		from = at + len(" and ")
		next := strings.ToLower(firstWord(text[from:]))
		if !(strings.HasSuffix(next, "ed") || verbsWithoutEd[next]) {
			continue
		}
		locs := placeholderRe.FindAllStringIndex(text[:at], -1)
		// "Modi said on Monday that India would respond, and accused
		// Pakistan": after a comma, a past tense goes with the speaker.
		// So does a past tense after a report in a modal: "Burhan said the
		// plan would allow the RSF to regroup and accused the UAE".
		speakers := strings.HasSuffix(next, "ed") && (strings.HasSuffix(text[:at], ",") || reportedModal.MatchString(text[:at]))
		for p := len(locs) - 1; p >= 0; p-- {
			if speakers && reportedBefore.MatchString(toLower(text[:locs[p][0]])) {
				continue
			}
			if isVerbAfter(text[locs[p][1]:at]) {
				if p < len(locs)-1 && !speakers && reportingVerbs[strings.ToLower(firstWord(strings.TrimSpace(text[locs[p][1]:at])))] {
					// "Peskov said Moscow regards Minsk as its ally and will
					// supply Belarus": the speaker is not the subject of what
					// he reports, whose own subject was not found.
					break
				}
				out = append(out, text[:locs[p][1]]+" "+text[from:])
				break
			}
			if strings.ContainsAny(text[locs[p][1]:at], ";:") {
				break
			}
		}
	}
	return out
}

// reportedModal is a report whose verb is a modal, up to its end: "said
// the plan would allow the RSF to regroup".
var reportedModal = regexp.MustCompile(`\b(?:said|says|told \S+|warned|added) (?:that )?[^,;:⟦]*(?:⟦[CDOP]\d+⟧[^,;:⟦]*)?\b(?:would|will|could|can|may|might|must|should)\b[^;:]*$`)

// reportedBefore ends a lower-case text in a verb of speech, its time or
// manner and "that": "said on Monday that the ".
var reportedBefore = regexp.MustCompile(`\b(?:said|says|told \w+|tells \w+|added|noted|stated|insisted|argued|claimed)(?: on \w+| in a [\w ]{1,30}?| earlier| later| last \w+)?,? (?:that )?(?:the )?$`)

// reportedOther opens a report whose clause has a subject of its own,
// not a name: "said the group had", "told reporters the army would".
var reportedOther = regexp.MustCompile(`^,? (?:said|says|told \w+|tells \w+|added|stated|claimed)(?: on \w+)?,? (?:that )?the [a-z-]+(?: [a-z-]+)? (?:had|has|have|was|were|would|will|is|are|could|might)\b`)

// reportingVerbs introduce reported speech.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"noted": true, "stated": true, "insisted": true, "argued": true, "claimed": true}

// isVerbAfter reports whether the words after an entity open with a verb
// ("had also closed", "later suspended", "expelled").
func isVerbAfter(rest string) bool {
	fields := strings.Fields(rest)
	if len(fields) > 1 && fields[0] == "'s" {
		// "Sudan's government", "Sudan's military-led government"
		for j := 1; j < len(fields) && j <= 3; j++ {
			w := strings.ToLower(fields[j])
			if actorHeads[w] {
				fields = fields[j+1:]
				break
			}
			if w != fields[j] || strings.ContainsAny(w, ",.;:⟦") {
				break
			}
		}
	}
	for _, w := range fields {
		lw := strings.ToLower(w)
		if beforeVerb[lw] {
			continue
		}
		return (strings.HasSuffix(lw, "ed") && len(lw) > 3) || verbsWithoutEd[lw] || irregularPast[lw]
	}
	return false
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,.;:"); i >= 0 {
		return s[:i]
	}
	return s
}

// roleRelations reads titles and places written around names:
// "Chinese Foreign Minister Wang Yi", "Pakistan's Foreign Minister Ishaq
// Dar", "the European Commission's Trade Spokesperson, Olof Gill",
// "Mohammad Hassan Akhund, the Afghan prime minister", "Kabul-based analyst
// Tameem Bahiss", "the Islamabad-based Pakistan-China Institute".
func (a *article) roleRelations(text, lower string, rel func(string, int, int, string, string, string, float64, string), titleOf func(int) string) {
	if strings.Contains(text, "⟦P") && (strings.Contains(text, "⟦C") || strings.Contains(text, "⟦D") || strings.Contains(text, "⟦O")) &&
		titleHintSet.in(lower) {
		a.titleRoles(text, rel, titleOf)
	}
	if !strings.Contains(text, "-based") {
		return
	}
	for _, m := range basedIn.FindAllStringSubmatchIndex(text, -1) {
		c, _ := strconv.Atoi(text[m[2]:m[3]])
		x, _ := strconv.Atoi(text[m[4]:m[5]])
		rel("BASED_IN", x, c, Asserted, "x-based", text[m[0]:m[1]], 0.85, "")
	}
	for _, m := range basedInAppos.FindAllStringSubmatchIndex(text, -1) {
		x, _ := strconv.Atoi(text[m[2]:m[3]])
		c, _ := strconv.Atoi(text[m[4]:m[5]])
		rel("BASED_IN", x, c, Asserted, "apposition-based", text[m[0]:m[1]], 0.85, "")
	}
}

// bareRole is a title right before a person with no state or body named
// before it: "Treasury Secretary ⟦P2⟧".
var bareRole = mustGated(`(?i)(?:^|[^⟧'s] |[^'’]s )(` + titleWords + `(?:\s+and\s+` + titleWords + `)?),?\s+` + honorific + `⟦P(\d+)⟧`)

// listedRole is a person's office read off a bare title: the person's
// mention, the state's id, the title and the text that states it.
type listedRole struct {
	person                    int
	state, title, match, rule string
}

// listedOffices reads "Treasury Secretary Scott Bessent", a title with no
// state before it, as an office of the state data/people.tsv gives the
// person, where the article names that state.
func (a *article) listedOffices(text string, ms []mention) []listedRole {
	if !a.titledListedPerson(text, ms) {
		return nil
	}
	var out []listedRole
	for _, m := range bareRole.FindAllStringSubmatchIndex(text, -1) {
		from := m[2]
		for _, w := range []string{"of ", "for ", "Of ", "For "} {
			// "a visit of President Xi": the title starts after "of"
			if strings.HasPrefix(text[from:], w) {
				from += len(w)
			}
		}
		title := strings.TrimSpace(text[from:m[3]])
		if !a.x.lx.headTitle(title) {
			continue
		}
		if w := strings.ToLower(lastWord(strings.TrimSpace(text[:from]))); strings.HasPrefix(w, "then-") || strings.HasPrefix(w, "ex-") {
			continue // "then-Prime Minister Justin Trudeau": part of the title is gone
		}
		p, _ := strconv.Atoi(text[m[4]:m[5]])
		if p >= len(ms) {
			continue
		}
		iso, _ := a.listedState(ms[p].id)
		if iso == "" {
			continue
		}
		state := entityID(Country, iso)
		if _, named := a.ents[state]; !named && (a.earlier == nil || !a.earlier.namedEntity(state)) {
			continue // the article names no such state: no entity is made up
		}
		out = append(out, listedRole{p, state, title, text[from:m[1]], "listed-title"})
	}
	return out
}

// datelineOffices reads "Prime Minister Inga Ruginiene" in an article
// datelined in Vilnius as an office of Lithuania: a state office with no
// state named, held by a person of no listed state, is the dateline's.
func (a *article) datelineOffices(text string, ms []mention) []listedRole {
	if a.datelineState == "" || !strings.Contains(text, "inister") && !strings.Contains(text, "resident") &&
		!strings.Contains(text, "remier") && !strings.Contains(text, "hancellor") && !strings.Contains(text, "ecretary") {
		return nil
	}
	state := entityID(Country, a.datelineState)
	var out []listedRole
	for _, m := range bareRole.FindAllStringSubmatchIndex(text, -1) {
		title := strings.TrimSpace(text[m[2]:m[3]])
		if !stateOffice(title) || !unicode.IsUpper(rune(title[0])) || a.x.lx.titleKind[strings.ToLower(lastWord(text[:m[2]]))] != "" {
			// a lower-case description, or the end of a longer title
			continue
		}
		if otherStateBefore(text[:m[2]], ms, state) {
			// "China's envoy to the Maldives met Home Minister X": whose
			// office is not clear
			continue
		}
		p, _ := strconv.Atoi(text[m[4]:m[5]])
		if p >= len(ms) || ms[p].typ != Person || a.hasRole[ms[p].id] != "" {
			continue
		}
		if _, listed := a.listedState(ms[p].id); listed {
			continue
		}
		out = append(out, listedRole{p, state, title, text[m[2]:m[1]], "dateline-title"})
	}
	return out
}

// otherStateBefore reports whether text names a state other than state.
func otherStateBefore(text string, ms []mention, state string) bool {
	for _, i := range placeholders(text) {
		if i < len(ms) && ms[i].typ == Country && ms[i].id != state {
			return true
		}
	}
	return false
}

// stateOffice reports a title that names an office of a state's
// government: "Prime Minister", "Foreign Minister", "Vice President".
func stateOffice(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 || f[0] == "of" || f[0] == "for" {
		return false
	}
	switch f[len(f)-1] {
	case "minister", "president", "premier", "chancellor":
		return !slices.Contains(f, "party") && !slices.Contains(f, "opposition") && !slices.Contains(f, "assembly")
	case "secretary":
		// "Foreign Affairs Cabinet Secretary", "Home Secretary"
		return len(f) > 1 && isOneOf(f[len(f)-2], "cabinet", "foreign", "home", "defence", "defense", "interior", "treasury")
	}
	return false
}

// leadersAides reads "Steve Witkoff, Trump's special envoy" as an office
// of the state the possessor leads (an office noted earlier, or his
// people.tsv state), where the article names that state.
func (a *article) leadersAides(text string, ms []mention) []listedRole {
	if !strings.Contains(text, "⟧'s ") && !strings.Contains(text, "⟧’s ") {
		return nil
	}
	var out []listedRole
	for _, m := range aideOf.FindAllStringSubmatchIndex(text, -1) {
		p, _ := strconv.Atoi(text[m[2]:m[3]])
		q, _ := strconv.Atoi(text[m[4]:m[5]])
		title := strings.TrimSpace(text[m[6]:m[7]])
		if p >= len(ms) || q >= len(ms) || !a.x.lx.headTitle(title) {
			continue
		}
		state, ok := a.hasRole[ms[q].id]
		if !ok {
			iso, _ := a.listedState(ms[q].id)
			if iso == "" {
				continue
			}
			state = entityID(Country, iso)
		}
		if _, named := a.ents[state]; !named {
			continue
		}
		out = append(out, listedRole{p, state, title, text[m[0]:m[1]], "aide-of"})
	}
	return out
}

// aideOf is "⟦P0⟧, ⟦P1⟧'s special envoy": a person and an office of
// another's.
var aideOf = mustGated(`⟦P(\d+)⟧, (?:the |a |an )?(?:(?:top|senior|former|longtime|long-time|new|chief) )?⟦P(\d+)⟧(?:'s|’s) (` + titleWords + `)\b`)

// titledListedPerson reports a person of ms whom data/people.tsv gives a
// state and whom an office word introduces in text ("Secretary ⟦P2⟧"): the
// cheap test before bareRole's search.
func (a *article) titledListedPerson(text string, ms []mention) bool {
	for i, m := range ms {
		if m.typ != Person {
			continue
		}
		if iso, _ := a.listedState(m.id); iso == "" {
			continue
		}
		at, _ := placeholderSpan(text, ms, i)
		if at < 0 {
			continue
		}
		before := strings.Fields(text[max(0, at-40):at])
		for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
			if a.x.lx.titleKind[strings.ToLower(strings.TrimRight(before[k], ","))] == "head" {
				return true
			}
		}
	}
	return false
}

// titleHints are in every title titleWords matches.
var titleHints = []string{"minister", "president", "secretary", "director", "chancellor", "premier", "head of", "taoiseach", "naiste", "pm", "fm", "official", "advis", "negotiator", "representative",
	"king", "queen", "emir", "sultan", "prince", "ambassador", "consul", "envoy", "diplomat", "spokes", "chief", "leader",
	"governor", "mayor", "chair", "commissioner", "commander", "ceo", "general", "counterpart", "speaker", "aide", "senator", "coordinator", "ombudsman", "admiral"}

var titleHintSet = newHintSet(titleHints)

// capitalsBeforeName is a capitalised phrase right before a name.
var capitalsBeforeName = mustGated(`((?:[A-Z][\w-]+ )*?[A-Z][\w-]+) ⟦P\d+⟧`)

// bareTitleBefore is the office named last in text right before a person,
// its words all title words ("Defence Minister"), or "".
func (lx *lexicon) bareTitleBefore(text string) string {
	ms := capitalsBeforeName.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	words := strings.Fields(text[m[2]:m[3]])
	k := len(words)
	for k > 0 && lx.titleKind[strings.ToLower(words[k-1])] != "" {
		k--
	}
	if title := strings.Join(words[k:], " "); title != "" && lx.headTitle(title) {
		return title
	}
	return ""
}

// lastPersonIn is the mention number of the last person placeholder in
// text, or -1.
func lastPersonIn(text string) int {
	i := strings.LastIndex(text, "⟦P")
	if i < 0 {
		return -1
	}
	if ns := placeholders(text[i:]); len(ns) > 0 {
		return ns[0]
	}
	return -1
}

// formerBefore ends with a word that puts an office in the past.
var formerBefore = regexp.MustCompile(`(?i)(?:\bformer |\bex-|\blate )$`)

// rankAfterOffice is a rank between an office and a name, no part of the
// office: "Central Command chief General".
var rankAfterOffice = regexp.MustCompile(`(?i)\b(chief|commander) (?:general|admiral|marshal)$`)

// stateCounterpart is a state's short name used as an adjective before
// "counterpart": "his US counterpart".
var stateCounterpart = regexp.MustCompile(`^⟦C\d+⟧ counterpart\b`)

// titleRoles reads "Chinese Foreign Minister Wang Yi" and "Mohammad Hassan
// Akhund, the Afghan prime minister". titleOf gives the title the article
// named a mention's person with before.
func (a *article) titleRoles(text string, rel func(string, int, int, string, string, string, float64, string), titleOf func(int) string) {
	last := "" // the title named last, for a counterpart after it
	fronted := frontedPhrase.FindStringIndex(text)
	for _, m := range roleBefore.FindAllStringSubmatchIndex(text, -1) {
		if fronted != nil && m[0] < fronted[1] && m[1] > fronted[1] {
			// "Asked whether Peru would expel Chile's envoy, Soto said":
			// the phrase put first ends at the comma; the name after it
			// opens the clause.
			continue
		}
		of, _ := strconv.Atoi(text[m[2]:m[3]])
		title := rankAfterOffice.ReplaceAllString(strings.TrimSpace(text[m[4]:m[5]]), "$1")
		title = strings.TrimPrefix(title, "new ") // "Peru's new defence chief": the office
		p, _ := strconv.Atoi(text[m[6]:m[7]])
		switch head := strings.ToLower(lastWord(titleHead(title))); {
		case a.x.lx.headTitle(title):
			if formerBefore.MatchString(text[max(0, m[0]-12):m[0]]) {
				// "former Peruvian president X": the office was held
				title = "former " + title
			}
			rel("HOLDS_ROLE", p, of, Asserted, "title-before-name", text[m[0]:m[1]], 0.9, title)
			last = title
			// "Vietnamese President Luong Cuong and Prime Minister Pham Minh
			// Chinh": a title with no state of its own after the name is
			// the same state's.
			for at := m[1]; ; {
				rest := text[at:]
				sm := sharedRoleAfter.FindStringSubmatchIndex(rest)
				if sm == nil || !a.x.lx.headTitle(rest[sm[2]:sm[3]]) {
					break
				}
				q, _ := strconv.Atoi(rest[sm[4]:sm[5]])
				rel("HOLDS_ROLE", q, of, Asserted, "shared-title", text[m[0]:at+sm[1]], 0.75, strings.TrimSpace(rest[sm[2]:sm[3]]))
				at += sm[1]
			}
		case head == "counterpart" && (strings.HasPrefix(text[m[0]:], "⟦D") || stateCounterpart.MatchString(text[m[0]:])):
			if last == "" {
				// "Defence Minister Luis Vega met his Chilean counterpart":
				// the office of a name no state qualifies.
				if last = a.x.lx.bareTitleBefore(text[:m[0]]); last == "" {
					// "Vega called his Chilean counterpart": the office
					// he was named with before
					last = titleOf(lastPersonIn(text[:m[0]]))
				}
				if last == "" {
					break
				}
			}
			// "Ghanaian President John Mahama met his Nigerian counterpart
			// Bola Tinubu": Nigeria's president.
			rel("HOLDS_ROLE", p, of, Asserted, "counterpart", text[m[0]:m[1]], 0.8, titleHead(last))
		}
	}
	for _, m := range roleAfter.FindAllStringSubmatchIndex(text, -1) {
		p, _ := strconv.Atoi(text[m[2]:m[3]])
		of, _ := strconv.Atoi(text[m[4]:m[5]])
		title := strings.TrimSpace(text[m[6]:m[7]])
		if next := strings.TrimLeft(text[m[7]:], " ,"); strings.HasPrefix(next, "⟦P") {
			// "In a call with Ana Soto, Peruvian President Luis Vega": the
			// title is the next name's.
			continue
		}
		if a.x.lx.headTitle(title) {
			if strings.Contains(toLower(text[m[3]:m[4]]), "former ") {
				// "X, a former Peruvian foreign minister"
				title = "former " + title
			}
			rel("HOLDS_ROLE", p, of, Asserted, "apposition-title", text[m[0]:m[1]], 0.85, title)
		}
	}
}

// titleMods are the words that qualify an office before its head word;
// two may be joined by "and" ("Commerce and Industry Minister").
const titleMods = `acting|deputy|vice|under|senior|high|former|outgoing|incoming|caretaker|permanent|foreign|prime|interior|defen[cs]e|finance|trade|treasury|commerce|state|executive|chief|top|political|security|policy|national|supreme|crown|managing|first|new|home|justice|health|energy|economy|oil|petroleum|agriculture|education|transport|labou?r|environment|industry|culture|information|tourism|immigration|housing|planning|science|technology|communications|infrastructure|development|mines|mining|fisheries|water|digital|affairs|of|for|general|ministry|ministry's|government|government's|military|army|junta|transitional|interim|special|personal|peace|climate|party|presidential|press|opposition|cabinet|external|senate|parliament|parliamentary|assembly|unification|reunification|youth|sports|veterans|homeland`

var (
	titleWords = `(?:(?:` + titleMods + `)\s+and\s+)?(?:(?:vice-)?(?:` + titleMods + `)\s+){0,5}` +
		`(?:minister|president(?:-elect)?|secretary(?:[- ]general)?|director(?:[- ]general)?|chancellor|premier|head of (?:government|state)|taoiseach|t[aá]naiste|pm|fm|king|queen|emir|sultan|prince|ambassador|consul(?:[- ]general)?|envoy|diplomat|spokes(?:person|man|woman)|chief(?:\s+(?:executive|operating|financial)(?:\s+officer)?)?|leader|governor(?:[- ]general)?|mayor|chair(?:man|woman|person)?|commissioner|commander|ceo|general|official|adviser|advisor|aide|negotiator|representative|speaker|senator|coordinator|ombudsman|admiral|counterparts?)` +
		`(?:\s+(?:of|for)\s+(?:state|commerce|defen[cs]e|political affairs|foreign affairs|the treasury|homeland security|staff|the general staff|the defen[cs]e staff))?`
	honorific    = `(?:(?:prince|princess|sheikh|sheikha|king|queen|emir|sir|dame|dr\.?|mr\.?|mrs\.?|ms\.?|gen\.?|general|field marshal|air chief marshal|marshal|ayatollah|grand ayatollah|admiral|capt\.?|captain|col\.?|colonel|lt\.?|maj\.?|major|datuk seri|dato' seri|dato seri|datuk|dato'|dato|tan sri|tun) )?`
	roleBefore   = mustGated(`(?i)⟦[CDO](\d+)⟧(?:'s|, whose)?(?: \([A-Z.]+\)| \(⟦O\d+⟧\))?\s+(` + titleWords + `(?:\s+and\s+` + titleWords + `)?)(?:\s+(?:to|in|for)\s+(?:the\s+)?(?:⟦[CDO]\d+⟧|(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)))?,?\s+` + honorific + `⟦P(\d+)⟧`)
	roleAfter    = mustGated(`(?i)⟦P(\d+)⟧, (?:the |a |an )?(?:(?:top|senior|former|then|current|veteran|acting|chief|new|outgoing|incoming|influential|powerful|longtime|long-time) )?⟦[CDO](\d+)⟧(?:'s)? (` + titleWords + `)\b`)
	basedIn      = mustGated(`(?i)⟦[CD](\d+)⟧-based (?:[a-z-]+ ){0,3}⟦[PO](\d+)⟧`)
	basedInAppos = mustGated(`(?i)⟦[PO](\d+)⟧, (?:an?|the) ⟦[CD](\d+)⟧-based`)
)

// sharedRoleAfter is a title and the person it introduces, listed right
// after a titled person: ", and Prime Minister ⟦P3⟧".
var sharedRoleAfter = mustGated(`(?i)^(?:,? and |, )(` + sharedTitle + `(?: of (?:state|defen[cs]e|the treasury))?),? ⟦P(\d+)⟧`)

// mayHold reports whether person may hold an office of state: a listed
// person holds only his own state's.
func (a *article) mayHold(person, state string) bool {
	st, listed := a.listedState(person)
	return !listed || entityID(Country, st) == state
}

// listedState returns the iso3 of the state whose offices data/people.tsv
// gives person id ("" for an international figure), and whether the
// person is listed at all.
func (a *article) listedState(id string) (iso string, listed bool) {
	e, ok := a.ents[id]
	if !ok {
		return "", false
	}
	iso, listed = a.x.lx.personState[e.Name]
	return iso, listed
}

var counterpartsAfter = mustGated(`^ (?:counterparts?|(?:[\w-]+ )?(?:ministers|officials|leaders|commanders|generals|envoys|diplomats|lawmakers|politicians|executives|nationals|activists|settlers)),? ((?:⟦P\d+⟧)(?:(?:,? and |, )⟦P\d+⟧)*)`)

// clauseVerbAfter is a finite verb right after a list: its last member
// opens a clause of its own.
var clauseVerbAfter = mustGated(`^ (?:was|were|is|are|has|have|had|will|would|said|says|told|did|does)\b`)

// speakerNext is a speech verb right after a name: the name is who spoke.
var speakerNext = regexp.MustCompile(`^,? (?:said|says|told|added|announced|wrote|noted|stated|insisted|argued|explained|confirmed)\b`)

// counterparts replaces states listed before "counterparts" (or another
// plural of people) with the people named after it, when there are as
// many or one state stands for them all ("Philippine counterparts A and
// B", "two Israeli ministers, A and B"), whether the names close the
// object group or follow it.
func counterparts(group, after string, objs []int) []int {
	if i := strings.Index(group, " counterparts"); i >= 0 {
		// "met his Chinese and Afghan counterparts, A and B"
		states, names := placeholders(group[:i]), placeholders(group[i:])
		if len(names) > 1 && (len(states) == len(names) || len(states) == 1) {
			return names
		}
	}
	m := counterpartsAfter.FindStringSubmatchIndex(after)
	if m == nil || speakerNext.MatchString(after[m[1]:]) {
		// "sanctioned Bolivian officials, Ana Soto said": the speaker
		return objs
	}
	names := after[m[2]:m[3]]
	out := placeholders(names)
	if len(out) != len(objs) && len(objs) != 1 {
		return objs
	}
	return out
}

// possessedAppositive is "'s predecessor," after a list: "Lopez Obrador,
// Sheinbaum's predecessor, criticised".
var possessedAppositive = mustGated(`^'s (?:[\w-]+ ){0,3}?[\w-]+,`)

// headlineObject reports, for a headline, a subject that is the object
// of a verb before it: "Sahel juntas quit ECOWAS, deepen ties with
// Moscow", where the comma joins two verbs of one unnamed subject.
func (r *rule) headlineObject(folded string, m []int) bool {
	g := r.actorGroup()
	if g < 0 || m[2*g] != m[0] {
		return false
	}
	gap, ok := r.toGap(folded, m, g)
	return ok && gap == ", " && objectBefore(folded[:m[0]])
}

// toGap is the text from the end of group g to the end of the first gap,
// where that gap comes after the group: what stands between an actor and
// the trigger.
func (r *rule) toGap(folded string, m []int, g int) (string, bool) {
	if len(r.gaps) == 0 || m[2*r.gaps[0]] < m[2*g+1] {
		return "", false
	}
	return folded[m[2*g+1]:m[2*r.gaps[0]+1]], true
}

// infinitiveBefore is "to" and a verb right before a name: "to expel ".
var infinitiveBefore = regexp.MustCompile(`\bto ([a-z]+) (?:the )?$`)

// determiners stand between "to" and a noun ("to the", "to its").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// participleBefore is a participle opening a phrase after a comma, right
// before a name: ", backing ".
var participleBefore = regexp.MustCompile(`, (\w+ing) (?:the )?$`)

// objectPhraseAnd is the gap after an object that a phrase of "as", "for"
// or "of" qualifies, up to an "and" before the next verb.
var objectPhraseAnd = regexp.MustCompile(`^(?:'s)? (?:as|for|of) [^,;⟦]*? and (?:also |then |later )?$`)

// nounAnd is the gap after a name that qualifies the noun after it, up
// to an "and" before the next verb: " meeting and ".
var nounAnd = regexp.MustCompile(`^ [a-z-]+ and (?:also |then |later )?$`)

// objectBefore reports whether the (folded) text before a participant
// ends in a word that governs it, a verb or preposition, rather than
// opening the clause ("and", "but", a comma, the start), with no comma
// before it in the sentence.
func objectBefore(before string) bool {
	before = strings.TrimSuffix(before, "the ")
	if !strings.HasSuffix(before, " ") || strings.Contains(before, ",") {
		// "leaders, including A and B, spoke": the comma closes a phrase
		// a comma opened.
		return false
	}
	w := before[strings.LastIndexByte(strings.TrimSuffix(before, " "), ' ')+1 : len(before)-1]
	if w == "" || w[len(w)-1] < 'a' || w[len(w)-1] > 'z' {
		return false
	}
	return !clauseOpeners[w]
}

// clauseOpeners are the words that open another clause or phrase rather
// than govern the name after them.
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "as": true, "when": true, "until": true,
	"after": true, "before": true, "since": true, "because": true, "although": true, "though": true,
	"meanwhile": true, "then": true, "also": true, "including": true,
}

// clauseJoin reads a "list" of two joined by a comma and "and" ("China
// courted the Maldives, and Muizzu visited Beijing") as two clauses: a
// list of two takes no comma. A subject keeps the member next to its
// verb (last), an object the one next to its verb.
func clauseJoin(text string, m []int, g int, list []int, last bool) []int {
	if len(list) < 2 {
		return list
	}
	span := text[m[2*g]:m[2*g+1]]
	i := strings.Index(span, "⟧, and ")
	if i < 0 {
		return list
	}
	k := 1 // the members before the clause that ", and" opens
	if len(list) > 2 {
		// "between Israel and Lebanon, and Egyptian Foreign Minister
		// Abdelatty visited Beirut": after a pair joined by "and", ", and"
		// opens another clause.
		if !strings.Contains(span[:i], "⟧ and ") {
			return list
		}
		k = len(placeholders(span[:i+len("⟧")]))
	} else if rest := strings.TrimPrefix(span[i+len("⟧, and "):], "the "); strings.Count(span, "⟧") != 2 || !strings.HasPrefix(rest, "⟦") {
		return list // a title or possessive between: "Peru, and Chilean President Soto"
	}
	if last {
		return list[k:]
	}
	return list[:k]
}

// beforeRelative keeps the members of a list before a relative clause
// inside it: in "The Philippines, which will chair ASEAN next year,
// accused China", ASEAN is named in the clause ("chair" read as an
// office) and takes no part.
func beforeRelative(text string, m []int, g int, list []int) []int {
	if len(list) < 2 {
		return list
	}
	span := text[m[2*g]:m[2*g+1]]
	i := -1
	for _, w := range []string{"⟧, which ", "⟧, who ", "⟧, whose "} {
		if k := strings.Index(span, w); k >= 0 && (i < 0 || k < i) {
			i = k
		}
	}
	if i < 0 {
		return list
	}
	return list[:min(len(list), len(placeholders(span[:i+len("⟧")])))]
}

// appositivePossessor drops from a list of two read off "A, B's
// predecessor," its last member: B only qualifies the appositive that
// describes A.
func appositivePossessor(text string, m []int, g int, list []int) []int {
	if g < 0 || len(list) != 2 || m[2*g] < 0 {
		return list
	}
	group := text[m[2*g]:m[2*g+1]]
	if strings.Contains(group, " and ") || strings.Contains(group, " or ") || !possessedAppositive.MatchString(text[m[2*g+1]:]) {
		return list
	}
	return list[:1]
}

// appositiveQualified drops from a two-member list the state that
// qualifies an appositive's office: "Luis Vega, the Peruvian envoy,
// criticised Chile" is not a list of Vega and Peru.
func appositiveQualified(text string, m []int, g int, list []int) []int {
	if g < 0 || len(list) != 2 || m[2*g] < 0 {
		return list
	}
	if !qualifiedAppositive.MatchString(text[m[2*g]:m[2*g+1]]) {
		return list
	}
	office := officeThenComma.FindString(text[m[2*g+1]:])
	if office == "" || !titleHintSet.in(toLower(office)) {
		// "India, China agree on a border arrangement, paving the way":
		// two parties, no office.
		return list
	}
	return list[:1]
}

// appositiveRelated drops from a two-member subject list the person an
// apposition relates the first to: "Luis Vega, an aide to President Ana
// Soto, criticised Peru" is Vega's act alone.
func appositiveRelated(text string, m []int, g int, list []int) []int {
	if g < 0 || len(list) != 2 || m[2*g] < 0 || !strings.HasPrefix(text[m[2*g+1]:], ",") {
		return list
	}
	if !relatedAppositive.MatchString(text[m[2*g]:m[2*g+1]]) {
		return list
	}
	return list[:1]
}

var relatedAppositive = mustGated(`^⟦P\d+⟧, ` + relatedTo + `⟦P\d+⟧$`)

var (
	qualifiedAppositive = mustGated(`^⟦[CDPO]\d+⟧, (?:the |a |an )?(?:former |then |senior |veteran )?⟦[CD]\d+⟧$`)
	officeThenComma     = mustGated(`^(?:'s)? [^,;:.⟦]{1,60},`)
)

// officeHolder keeps of a subject list "⟦C1⟧, ⟦P2⟧" after an office
// ("the foreign minister of Iran, Abbas Araghchi, met Wang Yi") the
// person: the state only names whose office it is.
func officeHolder(text string, m []int, g int, list []int) []int {
	if g < 0 || len(list) != 2 || m[2*g] < 0 {
		return list
	}
	if !officeOfBefore.MatchString(text[:m[2*g]]) || !stateThenHolder.MatchString(text[m[2*g]:m[2*g+1]]) {
		return list
	}
	return list[1:]
}

var (
	officeOfBefore  = regexp.MustCompile(`(?i)\b(?:` + titleWords + `|head) of (?:the )?$`)
	stateThenHolder = regexp.MustCompile(`^` + stateHolder + `$`)
)

// attribution drops from an object list its last member when a verb after
// the list makes that one a subject: the one who says the sentence ("will
// not send missiles to Ukraine, Chancellor Friedrich Merz said" is not a
// list of Ukraine and Merz), or the subject of a clause of its own ("met
// Pistorius and Weidel was not invited").
func attribution(text string, m []int, g int, list []int) []int {
	if g < 0 || len(list) < 2 || m[2*g] < 0 {
		return list
	}
	if m[2*g] > m[0] && clauseVerbAfter.MatchString(text[m[2*g+1]:]) {
		// (a list that opens the match is the subject of that verb)
		return withoutLast(text[m[2*g]:m[2*g+1]], list)
	}
	return speakerAfter(text, m, g, list)
}

// speakerAfter drops from a list that a speech verb follows its last
// member when a comma sets it off: "..., Chancellor Friedrich Merz said".
func speakerAfter(text string, m []int, g int, list []int) []int {
	if g < 0 || len(list) < 2 || m[2*g] < 0 || !speechAfter.MatchString(text[m[2*g+1]:]) {
		return list
	}
	group := text[m[2*g]:m[2*g+1]]
	last := strings.LastIndex(group, "⟦")
	if last < 0 || !lastSeparatedByComma.MatchString(group[:last]) && !lastStateSeparated.MatchString(group[:last]) {
		return list
	}
	return withoutLast(group, list)
}

// withoutLast drops the last member of a list, and the state or body
// that qualifies its title with it: "..., German Defence Minister Boris
// Pistorius announced".
func withoutLast(group string, list []int) []int {
	if len(list) > 2 && titledLast.MatchString(group) {
		return list[:len(list)-2]
	}
	return list[:len(list)-1]
}

var (
	speechAfter          = mustGated(`^,? (?:said|says|told|announced|wrote|tweeted|stated|noted)\b|^,? added(?:[,.;:"”]|$| that\b| on\b| in\b)`)
	lastSeparatedByComma = mustGated(`⟧, (?:[\w.-]+ ){0,4}$`)
	lastStateSeparated   = mustGated(`⟧, ⟦[CDO]\d+⟧(?:'s|’s)? (?:[\w.-]+ ){1,4}$`)
	titledLast           = mustGated(`⟧(?:,? and|,|,? or|,? as well as) (?:the )?⟦[CDO]\d+⟧(?:'s|’s)? (?:[\w.-]+ ){1,4}⟦P\d+⟧$`)
)

// servedAsRe reads the title of a "who served as" rule's match; a past
// tense names a former office.
var servedAsRe = regexp.MustCompile(`^⟦P\d+⟧, who (?:(served|had served|once served)|has served|serves|is serving|was serving|is now serving) as (?:the )?⟦[CO]\d+⟧(?:'s|’s) ([\pL -]+)$`)

// ruleTitle reads the title of a HOLDS_ROLE rule's match; "who was the
// chairman of" names a former one.
var ruleTitle = mustGated(`^⟦P\d+⟧, (?:who is |who has been |(who was ))?(?:the |an? )?([\pL -]+?) (?:of|for|at) `)

// officeOfRe is an office of a state or body set before the holder's
// name: "the foreign minister of Iran, X,", "the speaker of Iran's
// parliament, X,"; the office is the words before "of".
var officeOfRe = regexp.MustCompile(`((?:[\w-]+ )?[\w-]+) (?:of|for|at) (?:the )?` + stateHolder + `,$`)

// stateHolder is a state or body, perhaps with a part of it ("Iran's
// parliament", the part a group), and the holder of its office after a
// comma.
const stateHolder = `⟦[CO]\d+⟧(?:(?:'s|’s) ((?:[\w-]+ )?[\w-]+))?, ⟦P\d+⟧`

// titleNameOf is an office before a name that the state or body follows:
// "King Abdullah II of Jordan".
var titleNameOf = regexp.MustCompile(`^((?:[A-Z][\w-]+ )*?[A-Z][\w-]+) ⟦P\d+⟧ of `)

// itsTitle is the office a body's possessive names before a person.
var itsTitle = regexp.MustCompile(`\bits ((?:[\w-]+ )?[\w-]+),? ⟦P\d+⟧$`)

// roleVerb finds the verb of a role stated by what the person does
// ("led by", "who founded"); roleVerbTitle names the role.
var (
	roleVerb      = mustGated(`(?i)\b(led|leads|headed|heads|chaired|chairs|commanded|founded|co-founded)\b`)
	roleVerbTitle = map[string]string{"led": "leader", "leads": "leader", "headed": "head", "heads": "head",
		"chaired": "chair", "chairs": "chair", "commanded": "commander", "founded": "founder", "co-founded": "co-founder"}
)

// holderAfter matches a title and the person it introduces right after a
// placeholder: "⟦D3⟧ Chancellor ⟦P4⟧", "⟦C0⟧'s Foreign Minister, ⟦P1⟧",
// "⟦C1⟧'s ⟦O2⟧ foreign minister ⟦P3⟧".
// A possessive may name the person with no title: "Japan's Iwaya".
var holderAfter = mustGated(`(?i)^(?:(?:'s)?\s+(?:⟦O\d+⟧\s+)?(?:` + titleWords + `|` + personNouns + `),?|'s)\s+` + honorific + `⟦P(\d+)⟧`)

// personNouns describe a person by trade or standing: "jailed US
// journalist Evan Gershkovich" jails the journalist, not the state.
const personNouns = `(?:[\w-]+ ){0,2}?(?:journalist|reporter|lawmaker|legislator|oligarch|activist|dissident|businessman|businesswoman|tycoon|citizen|national|blogger|cleric|politician|writer|academic|scholar|researcher|aid worker|opposition figure)`

// holderIndex returns the person a title after mention i introduces, or i.
// A title that ends the rule's match (which ends at end) is the rule's
// own: "summoned the British ambassador, Nigel Casey" protests to the state.
func holderIndex(text string, ms []mention, i, end int) int {
	if i < 0 || i >= len(ms) || ms[i].typ == Person {
		return i
	}
	from := afterPlaceholder(text, ms, i)
	if from < 0 {
		return i
	}
	rest := text[from:]
	if !strings.Contains(rest, "⟦P") {
		return i // no person follows: spare the pattern
	}
	m := holderAfter.FindStringSubmatchIndex(rest)
	if m == nil {
		return i
	}
	// The match takes in the title but stops before the person.
	person := from + m[2] - len("⟦P")
	if title := strings.TrimRight(rest[:m[2]-len("⟦P")], " ,"); from+len(title) <= end && end <= person {
		return i
	}
	if p, err := strconv.Atoi(rest[m[2]:m[3]]); err == nil && p < len(ms) {
		return p
	}
	return i
}

// possessedBody returns the body a state's possessive introduces right
// after mention i ("Sudan's RSF"), or i.
func possessedBody(text string, ms []mention, i int) int {
	if i < 0 || i >= len(ms) || ms[i].typ != Country {
		return i
	}
	from := afterPlaceholder(text, ms, i)
	if from < 0 {
		return i
	}
	rest, ok := strings.CutPrefix(text[from:], "'s ")
	if !ok {
		rest, ok = strings.CutPrefix(text[from:], "’s ")
	}
	k := orgIndexAt(rest)
	if !ok || k < 0 || k >= len(ms) {
		return i
	}
	if !bodyEndsPhrase.MatchString(rest[strings.Index(rest, "⟧")+len("⟧"):]) {
		// "Chile's Mercosur membership bid": the body qualifies a thing
		// of the state's
		return i
	}
	return k
}

// bodyEndsPhrase follows a body that ends its noun phrase.
var bodyEndsPhrase = regexp.MustCompile(`^(?:$|[,.;:)"”']| (?:in|on|at|for|and|to|with|over|after|before|during|which|who|that|as|of|from|since|amid|but|or)\b)`)

// afterPlaceholder returns where the text after mention i's placeholder
// starts, or -1 where the placeholder is not in text.
func afterPlaceholder(text string, ms []mention, i int) int {
	_, end := placeholderSpan(text, ms, i)
	return end
}

// placeholderSpan returns where mention i's placeholder starts and ends in
// text, or -1s where it is not there.
func placeholderSpan(text string, ms []mention, i int) (start, end int) {
	tag := "⟦" + placeholderLetter(ms[i]) + strconv.Itoa(i) + "⟧"
	at := strings.Index(text, tag)
	if at < 0 {
		return -1, -1
	}
	return at, at + len(tag)
}

// firmAfter matches, right after a state's placeholder, a noun of
// business or of an armed group and the organisations it introduces:
// "⟦D1⟧ oil giants ⟦O2⟧ and ⟦O3⟧", "⟦C0⟧'s two biggest oil companies, ⟦O1⟧";
// or a "-based" one: "blamed ⟦C1⟧-based ⟦O2⟧" blames the group.
var firmAfter = mustGated(`^(?:(?:'s|’s)? (?:[\w-]+ ){0,3}?(?:compan(?:y|ies)|firms?|giants?|majors?|producers?|exporters?|makers?|manufacturers?|banks?|lenders?|operators?|carriers?|airlines?|conglomerates?|(?:mercenary|militant|armed|rebel|paramilitary) groups?),?|-based(?: [\w-]+){0,3}?) (⟦O\d+⟧(?:(?:,? and |, )⟦O\d+⟧)*)`)

// firmsAfter replaces each state of list that qualifies a noun of
// business followed by named organisations with those organisations.
func firmsAfter(text string, ms []mention, list []int) []int {
	for k := 0; k < len(list); k++ {
		i := list[k]
		if i < 0 || i >= len(ms) || ms[i].typ != Country {
			continue
		}
		from := afterPlaceholder(text, ms, i)
		if from < 0 || !strings.Contains(text[from:], "⟦O") {
			continue
		}
		m := firmAfter.FindStringSubmatchIndex(text[from:])
		if m == nil {
			continue
		}
		firms := placeholders(text[from+m[2] : from+m[3]])
		list = slices.Concat(list[:k], firms, list[k+1:])
		k += len(firms) - 1
	}
	return list
}

// titleHead drops the complement of a title: "Secretary of State" ->
// "Secretary", "Under Secretary for Political Affairs" -> "Under Secretary".
func titleHead(title string) string {
	lower := strings.ToLower(title)
	for _, sep := range []string{" of ", " for "} {
		if i := strings.Index(lower, sep); i > 0 {
			return title[:i]
		}
	}
	return title
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	if i := strings.LastIndex(w, "-"); i > 0 && (strings.HasSuffix(w, "-elect") || strings.HasSuffix(w, "-general")) {
		w = w[:i]
	}
	return w
}

// typeFits applies the ontology's domain and range to a candidate.
func typeFits(typ string, s, o mention) bool {
	switch typ {
	case "HOLDS_ROLE":
		return s.typ == Person && o.typ != Person
	case "MEMBER_OF":
		return o.typ == Organization
	case "BASED_IN":
		return s.typ != Country && o.typ == Country
	case "VISITS":
		return o.typ == Country && s.id != o.id
	}
	return true
}

// groupIdx returns the mention indexes inside a named group of a match.
func groupIdx(text string, m []int, g int) []int {
	if g < 0 || m[2*g] < 0 {
		return nil
	}
	return placeholders(text[m[2*g]:m[2*g+1]])
}

// placeholders lists the numbers of the placeholders in s, in order: what
// placeholderRe finds, without the regexp.
func placeholders(s string) []int {
	var out []int
	for {
		i := strings.Index(s, "⟦")
		if i < 0 {
			return out
		}
		s = s[i+len("⟦"):]
		if s == "" || !strings.ContainsRune("CDPO", rune(s[0])) {
			continue
		}
		n, k := 0, 1
		for k < len(s) && '0' <= s[k] && s[k] <= '9' {
			n = 10*n + int(s[k]-'0')
			k++
		}
		if k > 1 && strings.HasPrefix(s[k:], "⟧") {
			out = append(out, n)
			s = s[k+len("⟧"):]
		}
	}
}

var (
	deniedReportRe  = mustGated(`(?i)\b(?:denied|denies|denying|dismissed|dismisses|dismissing|rejected|rejects|rejecting|refuted|refutes) (?:the |media |press |news |earlier )?(?:reports?|claims?|suggestions?|speculation|allegations?|rumou?rs?) (?:that|of)\b[^.;:]*$`)
	noIntentionRe   = mustGated(`(?i)\bno (?:longer )?(?:any )?(?:(?:legal|moral|political)(?: or | and | ))*(?:intention|intentions|plans?|reason|desire|interest|right|standing|authority|mandate|business) (?:of|to|in)(?: [\w-]+){0,2} ?$`)
	negationRe      = mustGated(`(?i)\b(?:` + negators + `|` + denials + `|` + averters + `)\b|n't\b`)
	plainNegationRe = mustGated(`(?i)\b(?:` + negators + `)\b|n't\b`) // for REJECTS: a denial is its statement
	plannedRe       = mustGated(`(?i)\b(?:will|would|shall|should|might|whether to|consider|considers|considering|weighing|mulling|contemplating|threaten(?:s|ed)?(?: on \w+| \w+day)? to|ready to|willing to|(?:readiness|willingness) to|plans? to|planning to|(?:vow(?:s|ed)?|pledge(?:s|d)?|promise(?:s|d)?)(?: on \w+| \w+day)? to|planned|agree(?:d|s)?(?: in principle| (?:on|in) \w+| \w+day| last \w+| this \w+)? to|aims? to|aiming to|intends? to|set to|poised to|(?:is|are|was|were) likely to|on the verge of|on course to|gearing up to|scheduled|due to|expected to|moving towards?|move towards?|could|may (?:soon |also |still |yet )?(?:meet|visit|hold|sign|impose|lift|resume|restore|attack|strike|expel|join|agree|talk|travel|host|send|seek|announce|sanction|ban|cut|sever|retaliate|cooperate|support|back)|hopes? to|(?:plans?|hopes?|prospects?|possibility|proposals?) (?:for|of)|to be|(?:is|are|was|were) to|invited to|invit(?:e|es|ed|ing) (?:\S+ ){1,3}?to|appl(?:y|ies|ied) (?:for|to)|preparing to|prepared to|prepares to|trying to|seeking to|seeks? to|wants? to|wanted to|pav(?:e|es|ed|ing) (?:the )?way (?:for|to)|sought to|is preparing|are preparing|prepar(?:ed|es|ing) (?:a|an|new|fresh|further|more)|readying|drafting|drawing up|offer(?:s|ed)? to|propos(?:e|es|ed) to|propos(?:e|es|ed|ing) (?:[\w-]+ ){0,3}?(?:tariffs?|duties|levies|sanctions|bans?|restrictions)|(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)) for (?:the )?(?:lifting|easing|removal)|` + nextTime + `)\b`)
)

// Every match of negationRe and plannedRe holds one of these; most spans
// hold none and skip the regular expressions.
var (
	negationHints = []string{"not", "never", "no longer", "no plan", "no intention", "no right", "standing to", "no authority", "no mandate", "no business", "n't", "yet to", "refused", "refusal", "declined", "fail", "unable", "unlikely", "denie", "deny", "dismiss", "reject", "ruled out", "rules out", "short of", "avoid", "avert", "prevent", " off"}
	plannedHints  = []string{"will", "would", "shall", "should", "might", "whether to", "consider", "weighing", "mulling", "contemplat", "threaten", "ready to", "willing to", "readiness to", "willingness to", "trying to", "seek", "want", "pav", "sought to", "vow", "pledge", "promise", "plan", "agree", "aim", "intend", "set to", "poised to", "likely to", "verge of", "on course to", "gearing up", "schedul",
		"due to", "expected", "moving", "move toward", "could", "may ", "hope", "to be", "is to", "are to", "was to", "were to", "invit", "applied", "prepar", "readying", "drafting", "drawing up", "next ", "offer", "propos", "prospect", "possibility", " for the lifting", " for the easing", " for the removal", " for lifting", " for easing", " for removal"}
	negationHintSet = newHintSet(negationHints)
	plannedHintSet  = newHintSet(plannedHints)
)

// hintSet tells in one pass whether a lower-cased text holds any of a
// list of strings: a gate over their alternation.
type hintSet struct{ g *gate }

func newHintSet(words []string) hintSet {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return hintSet{newGate(strings.Join(quoted, "|"))}
}

func (h hintSet) in(s string) bool { return h.g.Match(s) }

// modalityOf decides the modality of a match from the words of its clause
// before the trigger (up to five for a negation, ten for a plan: "offered
// to host a new round of peace talks between ...") and inside the match.
// participleClause is a clause a comma and a participle open, unless the
// word is a preposition.
var participleClause = regexp.MustCompile(participle)

const participle = `, ([a-z]+ing) `

var prepositionIng = map[string]bool{"during": true, "following": true, "including": true, "regarding": true,
	"concerning": true, "according": true, "notwithstanding": true, "excluding": true}

func modalityOf(r *rule, text, lower string, end, anchor int) string {
	def, fixed := r.modality, r.fixed
	// lower is text lower-cased: the same span of it, where lowering kept
	// every rune's length.
	lowerOf := func(from int) string {
		if len(lower) == len(text) {
			return lower[from:end]
		}
		return toLower(text[from:end])
	}
	negFrom := clauseBefore(text, anchor, 5)
	clauseAt := negFrom
	for _, m := range participleClause.FindAllStringSubmatchIndex(text[negFrom:end], -1) {
		// "rejected the plan, accusing the UAE of arming the RSF": a
		// participle after a comma opens a clause of its own.
		if !prepositionIng[text[negFrom+m[2]:negFrom+m[3]]] {
			clauseAt = negFrom + m[0]
		}
	}
	negFrom = clauseAt
	neg := text[negFrom:end]
	if r.typ == "AGREES_WITH" {
		// "agreed not to use force": what is agreed is negative, the
		// agreement is not.
		if m := agreedNotRe.FindStringSubmatchIndex(text[max(negFrom, end-40):end]); m != nil {
			neg = text[negFrom : max(negFrom, end-40)+m[2]]
		}
	}
	negLower := lowerOf(negFrom)
	if len(neg) < end-negFrom {
		negLower = toLower(neg)
	}
	if r.typ != "REJECTS" && deniedReportRe.MatchString(text[max(0, anchor-100):anchor]) {
		// "dismissed reports that it would expel Chilean diplomats": what
		// is denied is not asserted, nor planned.
		return Negated
	}
	if noIntentionRe.MatchString(text[clauseBefore(text, anchor, 9):anchor]) {
		// "had no intention of going to war with", "no longer any reason
		// to meet": a longer phrase than the words right before.
		return Negated
	}
	if strings.Contains(negLower, " out") {
		if notRuledOutRe.MatchString(negLower) {
			// "would not rule out sanctions": possible, so to come, not denied.
			return Planned
		}
		if r.typ != "REJECTS" && ruledOutRe.MatchString(negLower) {
			// "ruled out sanctions on Chile": however the words before the
			// trigger were read, what is ruled out is denied.
			return Negated
		}
	}
	if negationHintSet.in(negLower) {
		// A denial word negates what follows it, but not when it is the
		// trigger itself: the REJECTS rules, and "dismissed Lee as a
		// hypocrite" after the anchor.
		split := min(max(anchor-negFrom, 0), len(neg))
		if r.typ == "REJECTS" {
			split = 0
		}
		if plainNegationRe.MatchString(neg) || negationRe.MatchString(neg[:split]) {
			return Negated
		}
	}
	from := clauseBefore(text, anchor, 10)
	span := text[from:end]
	if r.typ != "REJECTS" && from < negFrom && failedToRe.MatchString(text[from:anchor]) {
		// "failed to reach agreement on normalising relations": the
		// failure governs the verbs that follow it, however many.
		return Negated
	}
	if def == Asserted && !fixed && purposeTo.MatchString(text[from:anchor]) {
		// "appointed special envoys in 2021 to normalise ties": the aim
		// of a step, not what it achieved.
		return Planned
	}
	if def == Asserted && !fixed && plannedHintSet.in(lowerOf(from)) {
		// The first match usually decides: find it alone, and all of them
		// only when it is one of the exceptions below.
		first := plannedRe.FindStringIndex(span)
		if first == nil {
			return plannedOrLater(def, fixed, text, end)
		}
		matches := [][]int{first}
		if plannedException(r, text, span, from, first) {
			matches = plannedRe.FindAllStringIndex(span, -1)
		}
		for _, m := range matches {
			if plannedException(r, text, span, from, m) {
				continue
			}
			return Planned
		}
	}
	return plannedOrLater(def, fixed, text, end)
}

// plannedException reports a plannedRe match m of span that does not make
// the statement planned.
func plannedException(r *rule, text, span string, from int, m []int) bool {
	// "agreed to restore ties after Bolivian mediation": what came
	// before the step planned happened.
	if afterEventRe.MatchString(span[m[1]:]) {
		return true
	}
	// A threat is made, not planned: "threatened to" plans only what is
	// threatened.
	if r.typ == "THREATENS" && hasPrefixFold(span[m[0]:], "threaten") {
		return true
	}
	// "agreed to a ceasefire", "agree to truce" is an agreement reached;
	// "agreed to exchange ambassadors" is one planned.
	if hasPrefixFold(span[m[0]:], "agree") {
		rest := text[from+m[1]:]
		return agreementNounAfter.MatchString(rest) || r.typ == "AGREES_WITH" && hasPrefixFold(rest, " not ")
	}
	return false
}

// afterEventRe is a preposition that sets an event before another.
var afterEventRe = regexp.MustCompile(`\b(?:after|following)\b`)

// agreementNounAfter opens with what is agreed to when that is a thing,
// not a step: an article, or a headline's bare noun.
var agreementNounAfter = regexp.MustCompile(`(?i)^ (?:a|an|the|ceasefire|truce|deal|pact|peace|accord|agreement|framework|terms|roadmap|prisoner)\b`)

// purposeTo ends with the infinitive of a step taken towards an aim.
var purposeTo = mustGated(`(?i)\b(?:envoys?|mediators?|steps|efforts?|bid|moved|moves|move|push(?:ed|es)?|work(?:ed|s|ing)?|working group|committee|commission)(?: [\w-]+){0,3} to (?:[\w-]+ )?$`)

// failedToRe is a failure or refusal to act, which governs a chain of
// verbs after it.
var failedToRe = mustGated(`(?i)\b(?:fail(?:ed|s)?|refus(?:ed|es|e)|declin(?:ed|es|e)|unable|yet) to\b`)

// notRuledOutRe keeps a step open: "did not rule out", "refused to rule out".
var notRuledOutRe = regexp.MustCompile(`\b(?:not|never|n't|refused to|declined to) (?:\w+ )?rul(?:e|ed|es|ing) out\b`)

// ruledOutRe excludes a step in so many words.
var ruledOutRe = regexp.MustCompile(`\brul(?:e|ed|es|ing) out\b`)

// agreedNotRe finds an agreement to refrain at the end of a match; its
// group is the "not".
var agreedNotRe = mustGated(`(?i)\bagree[ds]?(?: on \w+)? (not) to$`)

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasSuffixFold is strings.HasSuffix under Unicode case folding.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// plannedOrLater is the modality when no planned word decides: planned
// when a time to come follows the match ("to visit Tokyo next year").
func plannedOrLater(def string, fixed bool, text string, end int) string {
	if calledOffRe.MatchString(text[end:]) {
		// "The meeting between Xi and Biden was cancelled."
		return Negated
	}
	if def == Asserted && !fixed && postponedRe.MatchString(text[end:]) {
		// "talks between Iran and the United States, planned for Sunday,
		// had been postponed": still to come.
		return Planned
	}
	if def == Asserted && !fixed && laterRe.MatchString(text[end:]) {
		return Planned
	}
	return def
}

// calledOffRe is an event undone, right after the match that names it.
var calledOffRe = mustGated(`^` + setOff + `(?: \w+){0,2}? (?:was|were|has been|have been|had been|is being) (?:\w+ )?(?:cancell?ed|called off|scrapped|abandoned)\b`)

// postponedRe is an event put off, right after the match that names it.
var postponedRe = mustGated(`^` + setOff + `(?: \w+){0,2}?(?: (?:was|were|has been|have been|had been|is being|are being|is|are|will be)(?: \w+)?)? (?:postponed|delayed|put off|pushed back|rescheduled)\b`)

// setOff is a phrase set off by commas: ", planned for Sunday in Muscat,".
const setOff = `(?:, [^,;]{1,60},)?`

// nextTime is a time to come, in plannedRe and laterRe.
const nextTime = `next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`

// laterRe is a time to come right after a match.
var laterRe = mustGated(`^(?:(?:,? (?:on|in) \w+)?,? (?:` + nextTime + `|later this (?:week|month|year)|in the coming (?:days|weeks|months))| (?:are|is|were|was|will be) (?:now |also )?(?:scheduled|due|expected|set|planned|slated) (?:for|to|on|in)\b)\b`)

// clauseBefore is where the words governing the trigger at anchor may
// start: up to max words before it, not across sentence punctuation or a
// comma, nor into another clause ("its troops had not opened fire and
// accused Armenia": the accusation is not negated; "said it would retaliate
// and accused Ottawa": it is not planned).
func clauseBefore(text string, anchor, max int) int {
	from := anchor
	for k, n := anchor, 0; k > 0 && n < max; k-- {
		c := text[k-1]
		if c == '.' || c == ';' || c == ':' || c == ',' {
			break
		}
		if c == ' ' {
			n++
			if conjunctionBefore(text, k-1) {
				break
			}
		}
		from = k - 1
	}
	return from
}

// conjunctionBefore reports whether the word that ends at i, after a
// space, a mark or a placeholder, is one that opens another clause.
func conjunctionBefore(text string, i int) bool {
	j := i
	for j > 0 {
		c := text[j-1]
		if c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' {
			break
		}
		if c == 0xA7 && j >= 3 && text[j-3:j] == "⟧" {
			return false // a placeholder ends right before the word
		}
		j--
	}
	w := strings.ToLower(text[j:i])
	if w == "also" && j > 1 && text[j-1] == ' ' {
		// "will also hold": after an auxiliary the clause goes on.
		k := strings.LastIndexAny(text[:j-1], " ,;:") + 1
		if auxiliaries[strings.ToLower(text[k:j-1])] {
			return false
		}
	}
	return clauseOpeners[w]
}

// auxiliaries carry a verb's tense or mood before it.
var auxiliaries = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "could": true,
	"can": true, "may": true, "might": true, "must": true, "has": true, "have": true, "had": true,
	"is": true, "are": true, "was": true, "were": true}

// opening returns the first mention of prev, the mentions of the previous
// sentence, that fits, when nothing but names, titles and marks come
// before it: the subject ("Argentine President Javier Milei, a
// self-described libertarian, was received ...").
func (a *article) opening(prev []mention, fits func(mention) bool) *mention {
	s := a.prevSentence
	if s == nil || s.title {
		return nil
	}
	for i := range prev {
		if !fits(prev[i]) {
			continue
		}
		for _, t := range s.tokens[:prev[i].start] {
			if t.isWord() && !t.capitalised() && !a.x.lx.titleWord(t.lower) && t.text != "'s" && t.text != "’s" {
				return nil
			}
		}
		if e := prev[i].end; e < len(s.tokens) && isOneOf(s.tokens[e].text, "and", "or", "&") {
			return nil // "Pakistan and Iran closed the border. It ...": which?
		}
		return &prev[i]
	}
	return nil
}

// openingPair is "A and B" opening the previous sentence, two states or
// two people, or nil.
func (a *article) openingPair(prev []mention) []mention {
	s := a.prevSentence
	if s == nil || s.title || len(prev) < 2 {
		return nil
	}
	first, second := prev[0], prev[1]
	start := 0
	if start < len(s.tokens) && s.tokens[start].lower == "the" {
		start++
	}
	kind := func(m mention) int {
		switch {
		case m.typ == Country && !m.demonym:
			return 1
		case m.typ == Person:
			return 2
		}
		return 0
	}
	if first.start != start || second.start != first.end+1 || first.end >= len(s.tokens) || s.tokens[first.end].lower != "and" ||
		kind(first) == 0 || kind(first) != kind(second) || first.id == second.id {
		return nil
	}
	if len(prev) > 2 && prev[2].start == second.end+1 && isOneOf(s.tokens[second.end].text, "and", ",") {
		return nil // three or more
	}
	return []mention{first, second}
}

// tagOf is the placeholder of mention m at index i.
func tagOf(m mention, i int) string { return string(appendTag(nil, m, i)) }

// appendTag appends the placeholder of mention m at index i: "⟦C2⟧".
func appendTag(b []byte, m mention, i int) []byte {
	b = append(b, "⟦"...)
	b = append(b, placeholderLetter(m)...)
	b = strconv.AppendInt(b, int64(i), 10)
	return append(b, "⟧"...)
}

// pairNouns name two actors at once: "the two countries", "the two
// leaders"; true for states, false for people.
var pairNouns = map[string]bool{"countries": true, "nations": true, "neighbours": true, "neighbors": true,
	"states": true, "governments": true, "capitals": true, "rivals": true, "sides": true,
	"leaders": false, "presidents": false, "ministers": false, "men": false, "premiers": false}

// pairPrepositions put "both countries" in a phrase of their own.
var pairPrepositions = map[string]bool{"for": true, "across": true, "of": true, "on": true, "in": true,
	"to": true, "with": true, "between": true, "from": true, "by": true, "at": true, "among": true,
	"against": true, "toward": true, "towards": true, "within": true, "into": true, "over": true}

// resolvePair reads "the two countries", "both countries" or "the two leaders" as the two
// states or people the sentence named before it or, failing that, the
// previous sentence named: exactly two, or nothing.
func (a *article) resolvePair(s *sentence, ms, prev []mention) []mention {
	toks := s.tokens
	for k := 0; k+1 < len(toks); k++ {
		// "the two countries" or "both countries"; "the three countries"
		// or "all three countries"
		// "Both" and "three" after a preposition name no actors: "a
		// landmark moment for both countries", "trust between the three
		// countries".
		afterPreposition := k > 0 && pairPrepositions[toks[k-1].lower]
		n, want := 3, 2
		switch {
		case toks[k].lower == "both" && !afterPreposition:
			n = 2
		case k+2 >= len(toks):
			continue
		case toks[k].lower == "the" && toks[k+1].lower == "two":
		case (toks[k].lower == "the" || toks[k].lower == "all") && toks[k+1].lower == "three" && !afterPreposition:
			want = 3
		default:
			continue
		}
		states, ok := pairNouns[toks[k+n-1].lower]
		if !ok {
			continue
		}
		fits := func(m mention, in []token) bool {
			if states {
				// not a place: "held talks with X in Bogota", "troops in
				// northeast Syria"
				p := m.start - 1
				if p > 0 && compassWords[in[p].lower] {
					p--
				}
				return m.typ == Country && !(p >= 0 && locatives[in[p].lower])
			}
			// "the two leaders": people who lead, not their advisers
			return m.typ == Person && a.leads(m, in)
		}
		var ids []mention
		add := func(from []mention, in []token, before int) {
			for _, m := range from {
				if m.start >= before || !fits(m, in) || slices.ContainsFunc(ids, func(x mention) bool { return x.id == m.id }) {
					continue
				}
				ids = append(ids, m)
			}
		}
		add(ms, toks, k)
		if w := toks[k+n-1].lower; w == "sides" || w == "parties" {
			// "hosted talks between Kinshasa and the M23, and both sides
			// signed": the two the talks were between, a state or not.
			if pair := betweenPair(ms, toks, k); pair != nil {
				ids = pair
			}
		}
		var implied []string // states of leaders the article names, not named in the sentence
		if states && len(ids) < 2 {
			// "Modi held talks with Maldivian President Muizzu, and the
			// two sides signed": a listed leader stands for the state,
			// where the article names it.
			for _, m := range ms {
				if m.typ != Person || m.start >= k {
					continue
				}
				iso, _ := a.listedState(m.id)
				if iso == "" {
					continue
				}
				id := a.x.lx.countries[iso].id
				if a.earlier == nil || !a.earlier.namedEntity(id) || slices.ContainsFunc(ids, func(x mention) bool { return x.id == id }) {
					continue
				}
				ids, implied = append(ids, mention{id: id, typ: Country}), append(implied, iso)
			}
		}
		if want == 2 && len(ids) == 2 && k > 0 && toks[k-1].lower == "between" && ids[1].start == ids[0].end+1 && toks[ids[0].end].lower == "and" {
			// "Iraq and Oman, which hosted talks between the two rivals":
			// the two named together are the hosts, not the rivals.
			continue
		}
		if len(ids) < want && a.prevSentence != nil {
			add(prev, a.prevSentence.tokens, len(a.prevSentence.tokens))
			if want == 2 && len(ids) == 2 && !a.leadingPair(ids[0].id, ids[1].id) && !a.relatedBefore(ids[0].id, ids[1].id) {
				// "Ethiopia and Eritrea were not represented. The two
				// countries ...": in an article about Kenya and Somalia,
				// a pair named last but in no relation is not the one meant.
				continue
			}
		}
		if w := toks[k+n-1].lower; want == 2 && len(ids) != 2 && states && w != "sides" && w != "parties" && len(a.headlineStates) == 2 && a.leadingPair(a.headlineStates[0].id, a.headlineStates[1].id) {
			// "Nigeria recalls envoy to Niger ... ECOWAS urged both
			// countries to de-escalate": where the sentences before name
			// no one pair, the pair the article is about. Not for "the two
			// sides", which may be a state's army and a rebel force.
			ids = slices.Clone(a.headlineStates)
		}
		if len(ids) != want {
			continue
		}
		for _, iso := range implied {
			a.addCountry(iso, "")
		}
		out := slices.Clone(ms)
		for i, m := range ids {
			m.start, m.end, m.part, m.suffix, m.demonym, m.pair = k, k+n, [2]int{}, "", false, i < len(ids)-1
			out = append(out, m)
		}
		slices.SortStableFunc(out, byStart)
		return out
	}
	return ms
}

// betweenPair returns the last two states or bodies before token k that
// "between A and B" names, or nil.
func betweenPair(ms []mention, toks []token, k int) []mention {
	at := func(i int) (mention, bool) {
		if i < k && toks[i].lower == "the" {
			i++
		}
		j := slices.IndexFunc(ms, func(m mention) bool { return m.start == i })
		if j < 0 || ms[j].typ == Person {
			return mention{}, false
		}
		return ms[j], true
	}
	for b := k - 1; b >= 0; b-- {
		if toks[b].lower != "between" {
			continue
		}
		x, ok := at(b + 1)
		if !ok || x.end >= k || toks[x.end].lower != "and" {
			continue
		}
		if y, ok := at(x.end + 1); ok && y.end <= k && y.id != x.id {
			return []mention{x, y}
		}
	}
	return nil
}

// leadingPair reports two entities that the article has named at least
// as often as any other of their type.
func (a *article) leadingPair(x, y string) bool {
	typ := a.ents[x].Type
	low := min(a.seen[x], a.seen[y])
	for _, id := range a.order {
		if id != x && id != y && a.ents[id].Type == typ && a.seen[id] > low {
			return false
		}
	}
	return true
}

// relatedBefore reports two entities, or people holding offices of them,
// that a relation of the previous sentence joins: "Trump spoke with
// Zelensky by phone. The two leaders discussed ...".
func (a *article) relatedBefore(x, y string) bool {
	of := func(id string) string {
		if st, ok := a.hasRole[id]; ok {
			return st
		}
		return id
	}
	for _, r := range a.prevRelations {
		if r.Type == "HOLDS_ROLE" {
			continue
		}
		s, o := r.Subject, r.Object
		if s == x && o == y || s == y && o == x || of(s) == x && of(o) == y || of(s) == y && of(o) == x {
			return true
		}
	}
	return false
}

// leads reports a person the article names as a head of state or
// government - a title right before the name ("Chinese President Xi
// Jinping", "leader Kim Jong Un") or an office noted earlier - or a
// listed figure of a state.
func (a *article) leads(m mention, in []token) bool {
	if m.start > 0 {
		if w := in[m.start-1].lower; w == "leader" || slices.Contains(heads, w) || w == "minister" && m.start > 1 && in[m.start-2].lower == "prime" {
			return true
		}
	}
	for k, id := range a.roles {
		if id == m.id && slices.Contains(heads, k[:strings.IndexByte(k, '|')]) {
			return true
		}
	}
	// a listed figure of a state (data/people.tsv)
	iso, _ := a.listedState(m.id)
	return iso != ""
}

var pronounRe = mustGated(`^(?:He|She|It)\b`)

// stateKinds are the kinds of state a sentence may open with for a state
// the article named ("The kingdom accused Doha"), as their official names
// call them.
var stateKinds = map[string]string{"kingdom": "Kingdom", "islamic republic": "Islamic Republic"}

// resolveStateKind gives a sentence that opens with "The kingdom" or "The
// Islamic Republic" the one state of that kind the article has named so
// far; with none or several, nothing.
func (a *article) resolveStateKind(s *sentence, ms []mention) []mention {
	toks := s.tokens
	if len(toks) < 3 || toks[0].lower != "the" {
		return ms
	}
	n, kind := 2, stateKinds[toks[1].lower]
	if kind == "" && len(toks) > 3 {
		n, kind = 3, stateKinds[toks[1].lower+" "+toks[2].lower]
	}
	if kind == "" || slices.ContainsFunc(ms, func(m mention) bool { return m.start < n }) {
		return ms
	}
	found := a.onlyEntity(func(_ string, e *Entity) bool {
		return e.Type == Country && strings.Contains(a.x.lx.countries[e.ISO3].official, kind)
	})
	if found == "" {
		return ms // none, or several
	}
	out := append([]mention{{start: 0, end: n, id: found, typ: Country, surface: joinTokens(s, 0, n)}}, ms...)
	slices.SortStableFunc(out, byStart)
	return out
}

// resolvePronoun gives a sentence that opens with "He" or "She" the person
// the previous sentence named, when it named exactly one.
func (a *article) resolvePronoun(s *sentence, ms, prev []mention) []mention {
	if len(s.tokens) == 0 || !pronounRe.MatchString(s.text) {
		return ms
	}
	// "He"/"She": the one person of the previous sentence; "It": its one
	// state or organisation, named rather than implied by an adjective.
	it := strings.HasPrefix(s.text, "It ")
	fits := func(m mention) bool { return m.typ == Person }
	if it {
		fits = func(m mention) bool { return m.typ == Country && !m.demonym || m.typ == Organization }
	}
	var ref *mention
	for i := range prev {
		if fits(prev[i]) {
			if ref != nil && ref.id != prev[i].id {
				// Several: the one who opens the previous sentence as its
				// subject ("Milei ... was received by Katz. He met").
				if ref = a.opening(prev, fits); ref == nil {
					return ms
				}
				break
			}
			ref = &prev[i]
		}
	}
	if ref == nil {
		return ms
	}
	p := *ref
	p.start, p.end = 0, 1
	p.suffix = ""
	out := append([]mention{p}, ms...)
	slices.SortStableFunc(out, byStart)
	return out
}
