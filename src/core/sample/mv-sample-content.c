/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mv-sample-content.h"

/* The sample council: an invented NAV office with an invented council.
 * All persons, e-mail addresses and phone numbers are made up. */

/* ------------------------------------------------------------------------ */
/* The council                                                              */
/* ------------------------------------------------------------------------ */

const char * const mv_sample_council_name = "Brukerutvalget NAV Eksempelby";

const char * const mv_sample_council_nav_unit = "NAV Eksempelby";

const char * const mv_sample_council_mandate =
  "Brukerutvalget skal sikre at brukernes erfaringer og behov blir hørt i planlegging, "
  "gjennomføring og evaluering av tjenestene ved NAV Eksempelby, jf. pasient- og "
  "brukerrettighetsloven § 3-1 og NAVs retningslinjer for brukermedvirkning. "
  "Utvalget gir råd og innspill til NAV-leder i saker som har betydning for brukerne, "
  "og skal få sakene så tidlig at innspillene kan påvirke beslutningene. "
  "Medlemmene representerer brukerorganisasjonene og de brukergruppene NAV-kontoret "
  "betjener, oppnevnes normalt for tre år av gangen og behandler ikke enkeltsaker. "
  "NAV Eksempelby stiller med en fast sekretær som har ansvar for møteplan, innkalling, "
  "saksdokumenter og referat.";

const char * const mv_sample_council_place =
  "NAV Eksempelby, møterom Fjorden, Storgata 1";

const char * const mv_sample_secretariat_name = "Marte Sæther";
const char * const mv_sample_secretariat_email = "marte.saether@nav.example.no";
const char * const mv_sample_secretariat_phone = "+47 474 61 905";

/* ------------------------------------------------------------------------ */
/* User groups                                                              */
/* ------------------------------------------------------------------------ */

/* "Innvandrere" is on purpose represented by nobody: the coverage view
 * should show a missing group. */
const char * const mv_sample_user_groups[] =
{
  "Ungdom",
  "Innvandrere",
  "Personer med funksjonsnedsettelse",
  "Personer med psykiske helseutfordringer",
  "Personer med rusutfordringer",
  "Langtidssyke",
  "Aleneforsørgere",
  "Arbeidssøkere",
  "Personer med kreft",
  "Personer med lav inntekt og gjeld",
  NULL
};

/* ------------------------------------------------------------------------ */
/* Organisations                                                            */
/* ------------------------------------------------------------------------ */

const MvSampleOrganisation mv_sample_organisations[] =
{
  {
    "FFO",
    "Funksjonshemmedes Fellesorganisasjon",
    "user-organisation",
    "AAP, uføretrygd, sykepenger, helserelaterte ytelser, hjelpemidler, "
    "tilrettelegging i arbeid",
    "post@ffo.example.no"
  },
  {
    "SAFO",
    "Samarbeidsforumet av funksjonshemmedes organisasjoner",
    "user-organisation",
    "hjelpemidler, tilgjengelighet, universell utforming, uføretrygd",
    "post@safo.example.no"
  },
  {
    "Unge funksjonshemmede",
    "Unge funksjonshemmede",
    "user-organisation",
    "ungdom, utdanning, arbeid, hjelpemidler, ungdomsmedvirkning",
    "post@ungefunksjonshemmede.example.no"
  },
  {
    "Kreftforeningen",
    "Kreftforeningen",
    "user-organisation",
    "arbeidsliv, sykepenger, AAP, pårørende, senfølger",
    "post@kreftforeningen.example.no"
  },
  {
    "RIO",
    "Rusmisbrukernes interesseorganisasjon",
    "user-organisation",
    "sosialhjelp, krisehjelp, bolig, gjeld, rus, aktivitet og arbeidstrening",
    "post@rio.example.no"
  },
  {
    "Velferdsalliansen",
    "Velferdsalliansen",
    "user-organisation",
    "sosialhjelp, bolig, aleneforsørgere, inkludering, digitalisering",
    "post@velferdsalliansen.example.no"
  },
  {
    "Mental Helse",
    "Mental Helse",
    "user-organisation",
    "psykisk helse, arbeid, sykepenger, AAP, individuell jobbstøtte",
    "post@mentalhelse.example.no"
  },
  {
    "NAV",
    "NAV Eksempelby",
    "nav",
    "arbeid, ytelser, sosiale tjenester, kvalifiseringsprogrammet, gjeldsrådgivning",
    "nav.eksempelby@nav.example.no"
  },
};

const guint mv_sample_n_organisations = G_N_ELEMENTS (mv_sample_organisations);

/* ------------------------------------------------------------------------ */
/* Members                                                                  */
/* ------------------------------------------------------------------------ */

const MvSampleMember mv_sample_members[] =
{
  {
    .name = "Kari Haugen",
    .organisation = "FFO",
    .role = "chair",
    .deputy_for = NULL,
    .term_start_days = -620,
    .term_end_days = 480,
    .email = "kari.haugen@ffo.example.no",
    .phone = "+47 912 34 567",
    .gender = "female",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med funksjonsnedsettelse, Langtidssyke, Arbeidssøkere",
    .notes = ""
  },
  {
    .name = "Terje Lunde",
    .organisation = "Mental Helse",
    .role = "vice-chair",
    .deputy_for = NULL,
    .term_start_days = -540,
    .term_end_days = 560,
    .email = "terje.lunde@mentalhelse.example.no",
    .phone = "+47 934 56 781",
    .gender = "male",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med psykiske helseutfordringer, Langtidssyke",
    .notes = ""
  },
  {
    .name = "Ingrid Solberg",
    .organisation = "Kreftforeningen",
    .role = "member",
    .deputy_for = NULL,
    .term_start_days = -680,
    .term_end_days = 55,
    .email = "ingrid.solberg@kreftforeningen.example.no",
    .phone = "+47 415 72 903",
    .gender = "female",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med kreft, Langtidssyke",
    .notes = "Oppnevningsperioden går snart ut. Kreftforeningen er bedt om å foreslå "
             "ny representant eller gjenoppnevning."
  },
  {
    .name = "Jonas Bakke Eriksen",
    .organisation = "Unge funksjonshemmede",
    .role = "member",
    .deputy_for = NULL,
    .term_start_days = -410,
    .term_end_days = 690,
    .email = "jonas.eriksen@ungefunksjonshemmede.example.no",
    .phone = "+47 468 21 374",
    .gender = "male",
    .young = TRUE,
    .honorarium = TRUE,
    .user_groups = "Ungdom, Personer med funksjonsnedsettelse",
    .notes = "Sitter på utvalgets reserverte plass for unge under 30 år."
  },
  {
    .name = "Rune Pedersen",
    .organisation = "RIO",
    .role = "member",
    .deputy_for = NULL,
    .term_start_days = -580,
    .term_end_days = 520,
    .email = "rune.pedersen@rio.example.no",
    .phone = "+47 977 40 128",
    .gender = "male",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med rusutfordringer, Personer med lav inntekt og gjeld",
    .notes = ""
  },
  {
    .name = "Mona Strand",
    .organisation = "Velferdsalliansen",
    .role = "member",
    .deputy_for = NULL,
    .term_start_days = -470,
    .term_end_days = 630,
    .email = "mona.strand@velferdsalliansen.example.no",
    .phone = "+47 952 18 640",
    .gender = "female",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Aleneforsørgere, Personer med lav inntekt og gjeld, Arbeidssøkere",
    .notes = ""
  },
  {
    .name = "Siv Andersen",
    .organisation = "SAFO",
    .role = "member",
    .deputy_for = NULL,
    .term_start_days = -690,
    .term_end_days = 410,
    .email = "siv.andersen@safo.example.no",
    .phone = "+47 481 93 256",
    .gender = "female",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med funksjonsnedsettelse, Langtidssyke",
    .notes = ""
  },
  {
    .name = "Per Olav Moen",
    .organisation = "FFO",
    .role = "deputy",
    .deputy_for = "Kari Haugen",
    .term_start_days = -620,
    .term_end_days = 480,
    .email = "per.olav.moen@ffo.example.no",
    .phone = "+47 924 67 013",
    .gender = "male",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med funksjonsnedsettelse, Arbeidssøkere",
    .notes = ""
  },
  {
    .name = "Hanne Kristiansen",
    .organisation = "Mental Helse",
    .role = "deputy",
    .deputy_for = "Terje Lunde",
    .term_start_days = -540,
    .term_end_days = 560,
    .email = "hanne.kristiansen@mentalhelse.example.no",
    .phone = "+47 906 35 482",
    .gender = "female",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med psykiske helseutfordringer, Ungdom",
    .notes = ""
  },
  {
    .name = "Maja Lie",
    .organisation = "Unge funksjonshemmede",
    .role = "deputy",
    .deputy_for = "Jonas Bakke Eriksen",
    .term_start_days = -410,
    .term_end_days = 690,
    .email = "maja.lie@ungefunksjonshemmede.example.no",
    .phone = "+47 413 58 729",
    .gender = "female",
    .young = TRUE,
    .honorarium = TRUE,
    .user_groups = "Ungdom, Personer med funksjonsnedsettelse",
    .notes = "Studerer ved siden av; foretrekker møter etter kl. 14."
  },
  {
    .name = "Geir Johansen",
    .organisation = "RIO",
    .role = "deputy",
    .deputy_for = "Rune Pedersen",
    .term_start_days = -580,
    .term_end_days = 520,
    .email = "geir.johansen@rio.example.no",
    .phone = "+47 938 20 614",
    .gender = "male",
    .young = FALSE,
    .honorarium = TRUE,
    .user_groups = "Personer med rusutfordringer, Personer med psykiske helseutfordringer",
    .notes = ""
  },
  {
    .name = "Marte Sæther",
    .organisation = "NAV",
    .role = "secretary",
    .deputy_for = NULL,
    .term_start_days = -700,
    .term_end_days = 0,
    .email = "marte.saether@nav.example.no",
    .phone = "+47 474 61 905",
    .gender = "female",
    .young = FALSE,
    .honorarium = FALSE,
    .user_groups = "",
    .notes = "Fast kontaktperson for brukerutvalget ved NAV Eksempelby."
  },
  {
    .name = "Eirik Sandvik",
    .organisation = "NAV",
    .role = "nav-leader",
    .deputy_for = NULL,
    .term_start_days = -650,
    .term_end_days = 0,
    .email = "eirik.sandvik@nav.example.no",
    .phone = "+47 992 04 837",
    .gender = "male",
    .young = FALSE,
    .honorarium = FALSE,
    .user_groups = "",
    .notes = ""
  },
};

const guint mv_sample_n_members = G_N_ELEMENTS (mv_sample_members);

/* ------------------------------------------------------------------------ */
/* Meetings                                                                 */
/* ------------------------------------------------------------------------ */

const MvSampleMeeting mv_sample_meetings[] =
{
  /* 0 */ { 2, "Arbeidsavklaringspenger og oppfølging",
            "NAV Eksempelby, møterom Fjorden, Storgata 1" },
  /* 1 */ { 4, "Ungdom utenfor arbeid og skole",
            "NAV Eksempelby, møterom Fjorden, Storgata 1" },
  /* 2 */ { 6, "Sosialhjelp, bolig og økonomi",
            "NAV Eksempelby, møterom Fjorden, Storgata 1" },
  /* 3 */ { 9, "Digitale tjenester og tilgjengelighet",
            "NAV Eksempelby, møterom Fjorden, Storgata 1" },
  /* 4 */ { 10, "Samarbeid med kommunen",
            "Eksempelby rådhus, formannskapssalen, Rådhusplassen 1" },
  /* 5 */ { 12, "Årsplan og egenevaluering",
            "NAV Eksempelby, møterom Fjorden, Storgata 1" },
};

const guint mv_sample_n_meetings = G_N_ELEMENTS (mv_sample_meetings);

/* ------------------------------------------------------------------------ */
/* Agenda items                                                             */
/* ------------------------------------------------------------------------ */

/* The fixed items (approval of notice and minutes, reports from the
 * organisations, any other business) are added by code. Meetings 0–4 are
 * past and have conclusions; meeting 5 (December) and the backlog have not. */
const MvSampleItem mv_sample_items[] =
{
  /* --- Meeting 0: February – Arbeidsavklaringspenger og oppfølging --- */
  {
    .key = "aap-status",
    .meeting = 0,
    .kind = "information",
    .title = "Status for arbeidsavklaringspenger (AAP) ved NAV Eksempelby",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Avdelingsleder Ola Nilsen, NAV",
    .minutes = 30,
    .background =
      "NAV Eksempelby følger i dag opp om lag 640 personer som mottar "
      "arbeidsavklaringspenger. Avdelingen orienterer om saksbehandlingstid, bruk av "
      "arbeidsrettede tiltak og hvor mange som går over til arbeid, uføretrygd eller "
      "andre ytelser etter endt periode. Orienteringen tar også for seg erfaringene med "
      "oppfølgingssamtaler og aktivitetsplan det siste året.",
    .proposed_resolution = "Brukerutvalget tar orienteringen til etterretning.",
    .conclusion =
      "Brukerutvalget tok orienteringen til etterretning. Utvalget ba om at tallene for "
      "overgang til arbeid legges fram på nytt i høstens møter, fordelt på alder og kjønn.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "aap-oppfolging-innspill",
    .meeting = 0,
    .kind = "input",
    .title = "Innspill til ny rutine for oppfølging av personer som mottar AAP",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Fagkoordinator Tone Vik, NAV",
    .minutes = 40,
    .background =
      "NAV Eksempelby reviderer den lokale rutinen for oppfølging av personer som mottar "
      "arbeidsavklaringspenger. Rutinen skal blant annet avklare hvor ofte brukeren skal "
      "ha kontakt med veileder, når det skal tilbys fysisk møte framfor digital dialog, og "
      "hvordan aktivitetsplanen skal brukes. Før rutinen fastsettes i mars, ønsker kontoret "
      "brukerutvalgets innspill på hva brukerne opplever som god oppfølging.",
    .proposed_resolution =
      "Brukerutvalget gir innspill som framkom i møtet, og ber NAV Eksempelby gi "
      "tilbakemelding om hvordan innspillene er fulgt opp før rutinen tas i bruk.",
    .conclusion =
      "Utvalget ga innspill om fast kontaktperson gjennom hele AAP-perioden, rett til "
      "fysisk møte ved behov, tidlig og tydelig informasjon om sluttdato for ytelsen og "
      "klart språk i brev og vedtak. NAV gir tilbakemelding i aprilmøtet.",
    .nav_decision_days = 45,
    .public = TRUE
  },
  {
    .key = "mandat-revisjon",
    .meeting = 0,
    .kind = "decision",
    .title = "Revidert mandat for brukerutvalget",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Kari Haugen",
    .minutes = 20,
    .background =
      "Mandatet for brukerutvalget ble sist revidert for fire år siden. Arbeidsutvalget "
      "(leder, nestleder og sekretær) har gått gjennom det i lys av NAVs retningslinjer for "
      "brukermedvirkning og Fafos anbefalinger. Forslaget presiserer at NAV skal legge "
      "fram saker for innspill før beslutning tas, at rapport fra brukerorganisasjonene er "
      "fast punkt på sakslisten, og at utvalget gjennomfører en årlig egenevaluering.",
    .proposed_resolution =
      "Brukerutvalget vedtar revidert mandat slik det foreligger, med de endringene som "
      "framkommer i møtet.",
    .conclusion =
      "Revidert mandat ble vedtatt med ett tillegg: utvalget skal ha minst seks møter i "
      "året, og møteplanen fastsettes i desember for året etter.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "opplaeringsplan",
    .meeting = 0,
    .kind = "decision",
    .title = "Opplæringsplan for brukerrepresentanter",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Marte Sæther",
    .minutes = 20,
    .background =
      "Flere representanter har etterlyst bedre kjennskap til hvordan NAV er organisert, "
      "hvilke ytelser og tjenester kontoret har ansvar for, og hva brukerutvalget kan "
      "påvirke. Sekretariatet foreslår en opplæringsplan med en introduksjonsdag for nye "
      "medlemmer, et felles temamøte med NAV-ansatte om brukermedvirkning og mulighet "
      "til å delta på fylkessamlingen. FFOs oversikt over organisasjonenes "
      "opplæringsbehov er vedlagt.",
    .proposed_resolution =
      "Brukerutvalget vedtar opplæringsplanen og ber sekretariatet føre oversikt over "
      "gjennomført opplæring for hvert medlem.",
    .conclusion =
      "Opplæringsplanen ble vedtatt. Introduksjonsdagen holdes i mars, og organisasjonene "
      "inviteres til å bidra i opplæringen av NAV-ansatte.",
    .nav_decision_days = 0,
    .public = TRUE
  },

  /* --- Meeting 1: April – Ungdom utenfor arbeid og skole --- */
  {
    .key = "ungdomsgaranti",
    .meeting = 1,
    .kind = "information",
    .title = "Ungdomsgarantien – erfaringer ved NAV Eksempelby",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Ungdomsveileder Sara Aas, NAV",
    .minutes = 25,
    .background =
      "Ungdomsgarantien skal sikre at unge mellom 16 og 30 år som trenger hjelp fra NAV "
      "for å komme i arbeid, får en fast veileder og tett oppfølging. NAV Eksempelby "
      "orienterer om hvor mange unge som følges opp, hvilke tiltak som brukes, og hvor "
      "mange som har kommet i arbeid eller utdanning. Kontoret vil også si noe om "
      "utfordringene med å nå unge som ikke selv tar kontakt.",
    .proposed_resolution = "Brukerutvalget tar orienteringen til etterretning.",
    .conclusion =
      "Brukerutvalget tok orienteringen til etterretning og ba om at brukernes egne "
      "erfaringer med ungdomsgarantien tas med i neste orientering.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "ungdom-0-24",
    .meeting = 1,
    .kind = "discussion",
    .title = "0–24-samarbeidet – hvordan når vi unge som faller utenfor?",
    .raised_by = "organisation",
    .organisation = "Unge funksjonshemmede",
    .presenter = "Jonas Bakke Eriksen",
    .minutes = 30,
    .background =
      "Unge funksjonshemmede erfarer at unge med funksjonsnedsettelser og kronisk sykdom "
      "ofte faller mellom skole, helsetjeneste og NAV. 0–24-samarbeidet mellom "
      "direktoratene har etablert felles møteplasser med brukerorganisasjonene på "
      "nasjonalt nivå. Saken drøfter hvordan tilsvarende samarbeid kan skje lokalt, og "
      "hvordan unge selv kan trekkes med.",
    .proposed_resolution =
      "Brukerutvalget drøfter saken. Innspillene oversendes NAV Eksempelby og kommunens "
      "koordinator for 0–24-samarbeidet.",
    .conclusion =
      "Utvalget pekte på behovet for én fast kontaktperson for unge med sammensatte behov, "
      "og foreslo et felles møte med kommunens ungdomsråd. Innspillene er sendt NAV-leder "
      "og kommunens koordinator.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "ungdomsteam-innspill",
    .meeting = 1,
    .kind = "input",
    .title = "Innspill til organisering av ungdomsteam og oppsøkende arbeid",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Eirik Sandvik",
    .minutes = 35,
    .background =
      "NAV Eksempelby vurderer å samle oppfølgingen av unge under 30 år i et eget "
      "ungdomsteam med veiledere fra både stat og kommune. Teamet skal også drive "
      "oppsøkende arbeid mot unge som står utenfor arbeid og skole. Kontoret ønsker "
      "utvalgets innspill på hvordan teamet bør være tilgjengelig, og hvordan unge "
      "brukere kan medvirke i utformingen, før beslutningen tas i mai.",
    .proposed_resolution =
      "Brukerutvalget gir innspill som framkom i møtet, og ber NAV Eksempelby orientere "
      "om den endelige organiseringen i junimøtet.",
    .conclusion =
      "Utvalget støttet et eget ungdomsteam og ga innspill om drop-in-tid, kontakt via "
      "chat og SMS, og at teamet bør ha kunnskap om funksjonsnedsettelser og psykisk "
      "helse. Utvalget ba om at unge brukere får delta i en arbeidsgruppe.",
    .nav_decision_days = 40,
    .public = TRUE
  },
  {
    .key = "honorar-satser",
    .meeting = 1,
    .kind = "decision",
    .title = "Møtegodtgjørelse og reiseutgifter for brukerrepresentanter",
    .raised_by = "organisation",
    .organisation = "FFO",
    .presenter = "Kari Haugen",
    .minutes = 15,
    .background =
      "FFO har tatt opp at representantene i dag får ulik godtgjørelse avhengig av "
      "organisasjon, og at reiseutgifter ikke alltid blir dekket. Erfaringer fra "
      "BRUS-prosjektet i Agder viser to vanlige modeller: fast sats per møte til dem som "
      "faktisk møter, eller et fast årlig beløp til organisasjonen. Utvalget bes gi en "
      "anbefaling til NAV-leder.",
    .proposed_resolution =
      "Brukerutvalget anbefaler at møtegodtgjørelse utbetales etter fast sats per møte til "
      "representanter som møter, og at reiseutgifter dekkes etter statens satser. "
      "Utvalget ber NAV-leder innarbeide anbefalingen i budsjettet.",
    .conclusion =
      "Vedtatt som foreslått. NAV-leder innfører fast sats per møte fra 1. juni og dekker "
      "reiseutgifter etter statens satser.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "moterom-tilgjengelighet",
    .meeting = 1,
    .kind = "aob",
    .title = "Teleslynge og tilgjengelighet i møterom Fjorden",
    .raised_by = "organisation",
    .organisation = "SAFO",
    .presenter = "Siv Andersen",
    .minutes = 10,
    .background =
      "Teleslyngen i møterom Fjorden har ikke fungert på de to siste møtene, og "
      "inngangsdøren er tung å åpne for rullestolbrukere. SAFO ber om at dette rettes "
      "før neste møte.",
    .proposed_resolution =
      "Brukerutvalget ber NAV Eksempelby sørge for at møterommet er tilgjengelig for alle "
      "medlemmer.",
    .conclusion =
      "NAV Eksempelby melder saken til gårdeier og sørger for at teleslyngen er reparert "
      "og døråpner montert før junimøtet.",
    .nav_decision_days = 0,
    .public = TRUE
  },

  /* --- Meeting 2: June – Sosialhjelp, bolig og økonomi --- */
  {
    .key = "sosialhjelp-bolig",
    .meeting = 2,
    .kind = "discussion",
    .title = "Sosialhjelp og midlertidig bolig – situasjonen i Eksempelby",
    .raised_by = "organisation",
    .organisation = "RIO",
    .presenter = "Rune Pedersen",
    .minutes = 30,
    .background =
      "RIO erfarer at personer med rusutfordringer har store problemer med å skaffe og "
      "beholde bolig, og at midlertidige løsninger som hospits og campinghytter brukes i "
      "for stor grad. Mange opplever også at det er vanskelig å få kontakt med "
      "saksbehandler når de trenger krisehjelp. Saken drøfter hvordan NAV og kommunen "
      "kan gi bedre hjelp til å skaffe og beholde bolig.",
    .proposed_resolution =
      "Brukerutvalget drøfter saken og ber NAV Eksempelby ta innspillene med i arbeidet "
      "med kommunens boligsosiale handlingsplan.",
    .conclusion =
      "Utvalget ba NAV Eksempelby og kommunen om å redusere bruken av hospits, vurdere "
      "husleiesatsene og sikre at henvendelser om krisehjelp besvares samme dag. "
      "Innspillene er sendt kommunens boligkontor.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "gjeldsradgivning",
    .meeting = 2,
    .kind = "input",
    .title = "Innspill til ny organisering av økonomi- og gjeldsrådgivningen",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Gjeldsrådgiver Anders Holm, NAV",
    .minutes = 30,
    .background =
      "Ventetiden for økonomi- og gjeldsrådgivning ved NAV Eksempelby er nå om lag åtte "
      "uker. Kontoret vurderer å innføre en fast drop-in-dag, digital timebestilling og "
      "gruppekurs i privatøkonomi. Brukerorganisasjonene har pekt på at mange trenger "
      "konkret hjelp til å få oversikt over regninger og inkassokrav. NAV ber om utvalgets "
      "innspill før ny organisering vedtas i august.",
    .proposed_resolution =
      "Brukerutvalget gir innspill som framkom i møtet, og ber NAV Eksempelby gi "
      "tilbakemelding om hvordan innspillene er fulgt opp.",
    .conclusion =
      "Utvalget støttet drop-in-dag og ga innspill om at rådgiverne må hjelpe brukerne med "
      "å sortere regninger i første møte, at kurs må gis på flere språk, og at ventetiden "
      "bør rapporteres til utvalget to ganger i året.",
    .nav_decision_days = 60,
    .public = TRUE
  },
  {
    .key = "kvalifiseringsprogrammet",
    .meeting = 2,
    .kind = "information",
    .title = "Kvalifiseringsprogrammet (KVP) – deltakere og resultater",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Avdelingsleder Ola Nilsen, NAV",
    .minutes = 20,
    .background =
      "Kvalifiseringsprogrammet er et tilbud til personer med vesentlig nedsatt arbeids- "
      "og inntektsevne som trenger tett oppfølging for å komme i arbeid. NAV Eksempelby "
      "orienterer om antall deltakere, hvilke aktiviteter programmet består av, og hvor "
      "mange som er i arbeid eller utdanning ett år etter avsluttet program.",
    .proposed_resolution = "Brukerutvalget tar orienteringen til etterretning.",
    .conclusion =
      "Brukerutvalget tok orienteringen til etterretning. Utvalget merket seg at få "
      "deltakere har rusutfordringer, og ba NAV vurdere om programmet kan gjøres mer "
      "tilgjengelig for denne gruppen.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "enkeltsak-prinsipielt",
    .meeting = 2,
    .kind = "discussion",
    .title = "Henvendelse om enkeltsak – prinsipielle sider ved saksbehandlingstid",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Kari Haugen",
    .minutes = 15,
    .background =
      "Leder har mottatt en henvendelse fra en bruker om lang saksbehandlingstid for "
      "økonomisk sosialhjelp. Brukerutvalget behandler ikke enkeltsaker, men henvendelsen "
      "reiser prinsipielle spørsmål om hvordan kontoret varsler om forsinkelser. "
      "Saksframstillingen er anonymisert, men er unntatt offentlighet etter offentleglova "
      "§ 13 fordi opplysningene kan knyttes til en enkeltperson.",
    .proposed_resolution =
      "Brukerutvalget drøfter de prinsipielle sidene ved saken. Henvendelsen om "
      "enkeltsaken oversendes NAV Eksempelby for behandling.",
    .conclusion =
      "Utvalget ba NAV Eksempelby sikre at brukere får skriftlig varsel når "
      "saksbehandlingstiden blir lengre enn forventet. Enkeltsaken er oversendt kontoret.",
    .nav_decision_days = 0,
    .public = FALSE
  },

  /* --- Meeting 3: September – Digitale tjenester og tilgjengelighet --- */
  {
    .key = "brukerundersokelse",
    .meeting = 3,
    .kind = "information",
    .title = "Resultater fra NAVs brukerundersøkelse for NAV Eksempelby",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Eirik Sandvik",
    .minutes = 25,
    .background =
      "NAV gjennomfører årlig en brukerundersøkelse blant dem som har vært i kontakt med "
      "NAV-kontoret. NAV-leder orienterer om resultatene for NAV Eksempelby, blant annet "
      "om tilgjengelighet, informasjon, respekt og om brukerne opplever å få hjelp. "
      "Resultatene sammenlignes med fylket og med fjorårets undersøkelse.",
    .proposed_resolution = "Brukerutvalget tar orienteringen til etterretning.",
    .conclusion =
      "Brukerutvalget tok orienteringen til etterretning. Utvalget pekte på at "
      "tilfredsheten med telefontilgjengelighet har gått ned, og ba om at dette følges "
      "opp i virksomhetsplanen.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "telefontid",
    .meeting = 3,
    .kind = "information",
    .title = "Ny ordning for telefontid og timebestilling fra 1. oktober",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Avdelingsleder Ola Nilsen, NAV",
    .minutes = 20,
    .background =
      "NAV Eksempelby har besluttet å endre åpningstiden i publikumsmottaket og innføre "
      "timebestilling for samtaler med veileder fra 1. oktober. Brukere som ringer "
      "kontaktsenteret, skal bli ringt opp av kontoret innen to virkedager. Kontoret "
      "orienterer om bakgrunnen for endringen og hvordan brukerne skal informeres.",
    .proposed_resolution = "Brukerutvalget tar orienteringen til etterretning.",
    .conclusion =
      "Brukerutvalget tok orienteringen til etterretning, men påpekte at endringen burde "
      "vært lagt fram som innspillssak før beslutningen ble tatt. Utvalget ba om at "
      "brukere i krise fortsatt skal få hjelp samme dag uten time.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "digital-veiledning",
    .meeting = 3,
    .kind = "input",
    .title = "Innspill til lokal plan for digital veiledning i publikumsmottaket",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Fagkoordinator Tone Vik, NAV",
    .minutes = 35,
    .background =
      "Stadig flere tjenester skal brukes digitalt, men mange brukere mangler utstyr, "
      "digitale ferdigheter eller BankID. NAV Eksempelby lager en lokal plan for "
      "veiledning i publikumsmottaket, med veiledere ved PC-ene og samarbeid med "
      "biblioteket om kurs. Kontoret ønsker utvalgets innspill om hvilke grupper som "
      "trenger mest hjelp, og hvordan tilbudet bør utformes, før planen vedtas.",
    .proposed_resolution =
      "Brukerutvalget gir innspill som framkom i møtet, og ber NAV Eksempelby gi "
      "tilbakemelding på hvordan innspillene er brukt i planen.",
    .conclusion =
      "Utvalget ga innspill om at det alltid skal være mulig å få hjelp ansikt til ansikt, "
      "at PC-ene må ha skjermleser og forstørrelse, og at veiledningen må gis uten at "
      "brukeren må bestille time. Planen skal legges fram for utvalget når den er vedtatt.",
    .nav_decision_days = 30,
    .public = TRUE
  },
  {
    .key = "navno-erfaringer",
    .meeting = 3,
    .kind = "discussion",
    .title = "Erfaringer med nav.no og digitale søknader – innspill til fylkesutvalget",
    .raised_by = "organisation",
    .organisation = "Velferdsalliansen",
    .presenter = "Mona Strand",
    .minutes = 25,
    .background =
      "Velferdsalliansen og flere andre organisasjoner får tilbakemeldinger om at det er "
      "vanskelig å finne fram på nav.no, og at digitale søknader om blant annet "
      "sosialhjelp er krevende for brukere med lese- og skrivevansker eller nedsatt syn. "
      "Lokalkontoret kan ikke endre nav.no, men utvalget kan samle erfaringene og sende "
      "dem videre til brukerutvalget i fylket.",
    .proposed_resolution =
      "Brukerutvalget drøfter saken og ber sekretariatet oversende en oppsummering av "
      "erfaringene til fylkesutvalget.",
    .conclusion =
      "Utvalget samlet erfaringene i fem punkter om språk, tilgjengelighet og "
      "innlogging. Oppsummeringen er sendt fylkesutvalget sammen med referatet.",
    .nav_decision_days = 0,
    .public = TRUE
  },

  /* --- Meeting 4: October – Samarbeid med kommunen --- */
  {
    .key = "samarbeid-kommunen",
    .meeting = 4,
    .kind = "information",
    .title = "Samarbeidsavtalen mellom Eksempelby kommune og NAV",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Kommunalsjef Heidi Brekke, Eksempelby kommune",
    .minutes = 25,
    .background =
      "NAV-kontoret er et partnerskap mellom stat og kommune. Samarbeidsavtalen regulerer "
      "hvilke kommunale tjenester som ligger i NAV Eksempelby, og hvordan kontoret "
      "samarbeider med helse, skole og boligkontor. Avtalen skal fornyes neste år, og "
      "kommunalsjefen orienterer om status og tidsplan. Møtet holdes på rådhuset.",
    .proposed_resolution =
      "Brukerutvalget tar orienteringen til etterretning og ber om å få avtaleutkastet "
      "til innspill før det vedtas.",
    .conclusion =
      "Brukerutvalget tok orienteringen til etterretning. Kommunen vil legge fram "
      "avtaleutkastet for utvalget i februar.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "virksomhetsplan-innspill",
    .meeting = 4,
    .kind = "input",
    .title = "Innspill til NAV Eksempelbys virksomhetsplan for neste år",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Eirik Sandvik",
    .minutes = 40,
    .background =
      "NAV Eksempelby utarbeider virksomhetsplan for neste år, med mål og prioriteringer "
      "for arbeidsrettet oppfølging, sosiale tjenester og tilgjengelighet. NAV-leder "
      "presenterer utkast til hovedprioriteringer og ber utvalget peke på hva som er "
      "viktigst for brukerne. Planen vedtas i desember.",
    .proposed_resolution =
      "Brukerutvalget gir innspill som framkom i møtet, og ber NAV Eksempelby orientere "
      "om hvordan innspillene er tatt inn i den vedtatte planen.",
    .conclusion =
      "Utvalget ba om at planen prioriterer telefontilgjengelighet, oppfølging av unge "
      "utenfor arbeid og skole, og ventetid for gjeldsrådgivning. Utvalget ba også om at "
      "planen får et eget mål for brukermedvirkning.",
    .nav_decision_days = 50,
    .public = TRUE
  },
  {
    .key = "rekruttering-innvandrere",
    .meeting = 4,
    .kind = "decision",
    .title = "Rekruttering av representant for innvandrere",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Terje Lunde",
    .minutes = 15,
    .background =
      "Om lag en firedel av brukerne ved NAV Eksempelby har innvandrerbakgrunn, men "
      "gruppen er ikke representert i brukerutvalget. Fafo anbefaler at NAV kontakter "
      "brukergrupper som mangler i utvalgene, som ungdoms- og innvandrerorganisasjoner. "
      "Sekretariatet har kartlagt aktuelle organisasjoner og kontaktpunkter i kommunen. "
      "Som bakgrunn følger et internt notat om hvordan direktoratene samarbeider med "
      "brukerorganisasjoner.",
    .proposed_resolution =
      "Brukerutvalget ber sekretariatet kontakte kommunens innvandrerråd og lokale "
      "innvandrerorganisasjoner med sikte på å oppnevne en representant fra neste år.",
    .conclusion =
      "Vedtatt som foreslått. Sekretariatet rapporterer om rekrutteringen i "
      "desembermøtet.",
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "fylkessamling",
    .meeting = 4,
    .kind = "aob",
    .title = "Fylkessamling for brukerutvalg i november",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Marte Sæther",
    .minutes = 10,
    .background =
      "NAV i fylket inviterer brukerutvalgene til felles samling i november, med tema "
      "brukermedvirkning på systemnivå og opplæring av nye representanter. Hvert utvalg "
      "kan sende to representanter i tillegg til sekretær.",
    .proposed_resolution =
      "Brukerutvalget melder på to representanter til fylkessamlingen.",
    .conclusion =
      "Maja Lie og Siv Andersen deltar fra utvalget sammen med sekretær.",
    .nav_decision_days = 0,
    .public = TRUE
  },

  /* --- Meeting 5: December – Årsplan og egenevaluering (upcoming) --- */
  {
    .key = "arsplan-neste-ar",
    .meeting = 5,
    .kind = "decision",
    .title = "Møteplan og temaer for neste år",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Marte Sæther",
    .minutes = 20,
    .background =
      "Etter mandatet skal møteplanen for neste år fastsettes i desember. Sekretariatet "
      "foreslår seks ordinære møter med tema, frist for innmelding av saker tre uker før "
      "hvert møte og et felles møte med kommunens ungdomsråd. Forslag til temaer bygger "
      "på innspillene fra årets møter og på NAV Eksempelbys virksomhetsplan.",
    .proposed_resolution =
      "Brukerutvalget vedtar møteplan og temaer for neste år slik de foreligger, med de "
      "endringene som framkommer i møtet.",
    .conclusion = NULL,
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "aktivitetstilbud-innspill",
    .meeting = 5,
    .kind = "input",
    .title = "Innspill til nye arbeidsrettede tiltak og aktivitetstilbud fra januar",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Avdelingsleder Ola Nilsen, NAV",
    .minutes = 30,
    .background =
      "NAV Eksempelby skal inngå nye avtaler om arbeidsrettede tiltak og kommunale "
      "aktivitetstilbud fra januar, blant annet arbeidstrening og lavterskeltilbud for "
      "personer med rusutfordringer. RIO har tidligere etterlyst mer brukermedvirkning i "
      "anskaffelser av tiltak. Beslutningen om hvilke tilbud som videreføres, tas i "
      "begynnelsen av desember på grunn av budsjettfristene.",
    .proposed_resolution =
      "Brukerutvalget gir innspill som framkom i møtet, og ber NAV Eksempelby legge fram "
      "neste års tiltaksplan for utvalget før beslutning tas.",
    .conclusion = NULL,
    .nav_decision_days = -5,
    .public = TRUE
  },
  {
    .key = "egenevaluering",
    .meeting = 5,
    .kind = "discussion",
    .title = "Egenevaluering av brukerutvalgets arbeid i år",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Kari Haugen",
    .minutes = 30,
    .background =
      "Utvalget evaluerer hvert år sitt eget arbeid. Grunnlaget er de korte "
      "evalueringene etter hvert møte og Fafos modell for brukermedvirkning i NAV, som "
      "peker på sammensetning, arbeidet i utvalget og betydning og informasjon. Utvalget "
      "drøfter blant annet om sakene kom tidlig nok til at innspillene kunne påvirke "
      "beslutningene, og om alle brukergrupper er representert.",
    .proposed_resolution =
      "Brukerutvalget drøfter årets arbeid. Forslag til forbedringer tas inn i "
      "møteplanen og i årsrapporten.",
    .conclusion = NULL,
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "arsrapport",
    .meeting = 5,
    .kind = "decision",
    .title = "Årsrapport for brukerutvalget",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Marte Sæther",
    .minutes = 15,
    .background =
      "Sekretariatet har utarbeidet utkast til årsrapport med oversikt over møter, "
      "behandlede saker fordelt på sakstype, andelen saker der utvalget ga innspill før "
      "NAV besluttet, oppmøte og dekning av brukergrupper. Årsrapporten sendes NAV-leder, "
      "brukerutvalget i fylket og organisasjonene.",
    .proposed_resolution =
      "Brukerutvalget godkjenner årsrapporten med de endringene som framkommer i møtet.",
    .conclusion = NULL,
    .nav_decision_days = 0,
    .public = TRUE
  },

  /* --- Backlog: not yet placed on an agenda --- */
  {
    .key = "kreft-tilbake-i-arbeid",
    .meeting = -1,
    .kind = "discussion",
    .title = "Tilbake i arbeid etter kreftbehandling – oppfølging av sykmeldte",
    .raised_by = "organisation",
    .organisation = "Kreftforeningen",
    .presenter = "Ingrid Solberg",
    .minutes = 25,
    .background =
      "Kreftforeningen erfarer at mange som har vært gjennom kreftbehandling, sliter med "
      "senfølger som utmattelse og konsentrasjonsvansker, og at dette ikke alltid blir "
      "forstått når arbeidsevnen skal vurderes. Overgangen fra sykepenger til "
      "arbeidsavklaringspenger oppleves som krevende. Saken drøfter hvordan NAV kan følge "
      "opp sykmeldte og arbeidsgivere bedre.",
    .proposed_resolution =
      "Brukerutvalget drøfter saken og ber NAV Eksempelby ta innspillene med i "
      "oppfølgingen av sykmeldte.",
    .conclusion = NULL,
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "uforetrygd-saksbehandling",
    .meeting = -1,
    .kind = "information",
    .title = "Uføretrygd – saksbehandlingstid og informasjon til søkere",
    .raised_by = "organisation",
    .organisation = "FFO",
    .presenter = "Avdelingsleder Ola Nilsen, NAV",
    .minutes = 20,
    .background =
      "FFO ber om en orientering om saksbehandlingstiden for uføretrygd og om hvordan "
      "søkere holdes orientert mens saken er til behandling. Mange medlemmer opplever "
      "usikkerhet i overgangen fra arbeidsavklaringspenger, særlig når AAP-perioden er i "
      "ferd med å løpe ut før uføresaken er avgjort.",
    .proposed_resolution = "Brukerutvalget tar orienteringen til etterretning.",
    .conclusion = NULL,
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "ips-jobbstotte",
    .meeting = -1,
    .kind = "information",
    .title = "Individuell jobbstøtte (IPS) for personer med psykiske helse- og "
             "rusutfordringer",
    .raised_by = "organisation",
    .organisation = "Mental Helse",
    .presenter = "Jobbspesialist Kristin Myhre, NAV",
    .minutes = 20,
    .background =
      "Individuell jobbstøtte (IPS) er et samarbeid mellom NAV og helsetjenesten der "
      "målet er ordinært arbeid med oppfølging, også for personer med alvorlige psykiske "
      "lidelser eller rusutfordringer. Mental Helse og RIO ønsker en orientering om "
      "tilbudet i Eksempelby, hvor mange som deltar, og om det finnes ventelister.",
    .proposed_resolution = "Brukerutvalget tar orienteringen til etterretning.",
    .conclusion = NULL,
    .nav_decision_days = 0,
    .public = TRUE
  },
  {
    .key = "opplaering-nav-ansatte",
    .meeting = -1,
    .kind = "input",
    .title = "Innspill til opplæring av NAV-ansatte i brukermedvirkning",
    .raised_by = "nav",
    .organisation = NULL,
    .presenter = "Marte Sæther",
    .minutes = 30,
    .background =
      "NAV Eksempelby planlegger en fagdag for ansatte om brukermedvirkning på individ- og "
      "systemnivå. Brukerorganisasjonene har pekt på behov for kunnskap om organisasjonene, "
      "om rus og psykisk helse og om gode brukermøter. Kontoret ønsker utvalgets innspill "
      "på innhold, og om representanter kan bidra som innledere.",
    .proposed_resolution =
      "Brukerutvalget gir innspill som framkom i møtet, og ber NAV Eksempelby gi "
      "tilbakemelding på det endelige programmet.",
    .conclusion = NULL,
    .nav_decision_days = 45,
    .public = TRUE
  },
  {
    .key = "fellesmote-ungdomsrad",
    .meeting = -1,
    .kind = "decision",
    .title = "Fellesmøte med ungdomsrådet og rådet for personer med funksjonsnedsettelse",
    .raised_by = "council",
    .organisation = NULL,
    .presenter = "Jonas Bakke Eriksen",
    .minutes = 15,
    .background =
      "Utvalget foreslo i aprilmøtet et felles møte med kommunens ungdomsråd. Fafo "
      "anbefaler fellesmøter med andre råd for å øke synligheten og nå flere brukere. "
      "Forslaget er å holde ett åpent fellesmøte i året med ungdomsrådet og rådet for "
      "personer med funksjonsnedsettelse, med et tema alle rådene er opptatt av.",
    .proposed_resolution =
      "Brukerutvalget vedtar å invitere ungdomsrådet og rådet for personer med "
      "funksjonsnedsettelse til et felles åpent møte, og ber sekretariatet finne dato.",
    .conclusion = NULL,
    .nav_decision_days = 0,
    .public = TRUE
  },
};

const guint mv_sample_n_items = G_N_ELEMENTS (mv_sample_items);

/* ------------------------------------------------------------------------ */
/* Documents                                                                */
/* ------------------------------------------------------------------------ */

const MvSampleDocument mv_sample_documents[] =
{
  {
    "ffo-fem-aktive-organisasjoner-i-nav.pdf",
    "opplaeringsplan",
    "FFO: Fem aktive organisasjoner i NAV – kompetanse og opplæringsbehov",
    TRUE
  },
  {
    "felles-moteplasser-0-24-samarbeidet.pdf",
    "ungdom-0-24",
    "Felles møteplasser med brukerorganisasjoner i 0–24-samarbeidet",
    TRUE
  },
  {
    "brus-prosjektet-sluttrapport.pdf",
    "honorar-satser",
    "BRUS-prosjektet: Brukermedvirkning på systemnivå i rus- og psykisk helsefeltet – "
    "sluttrapport",
    TRUE
  },
  {
    "notat-kartlegging-brukerorganisasjoner-2015.pdf",
    "rekruttering-innvandrere",
    "Internt notat: Kartlegging av direktoratenes samarbeid med brukerorganisasjoner (2015)",
    FALSE
  },
  {
    "fafo-modell-for-brukermedvirkning-i-nav.pdf",
    "egenevaluering",
    "Fafo: Modell for brukermedvirkning i NAV – evaluering og videreutvikling",
    TRUE
  },
};

const guint mv_sample_n_documents = G_N_ELEMENTS (mv_sample_documents);
