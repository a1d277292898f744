/* test_contract_context.c — what a clause is read with besides its own
 * words: the party names the contract defines for itself (and the matching
 * view that reads them as the sides' words), who "I" and "we" are, and the
 * heading it stands under. */
#include <CUnit/Basic.h>
#include <string.h>

#include "contract_language.h"
#include "contract_parties.h"
#include "contract_spelling.h"
#include "contract_sections.h"
#include "contract_records.h"
#include "contract_views.h"
#include "contract_voice.h"

static const char *const sides[] = {"none", "employer", "worker", "agency"};

static void parse(const char *text, ra_contract_text *t)
{
    char why[128];
    CU_ASSERT_EQUAL_FATAL(ra_contract_text_parse(text, strlen(text), t, why, sizeof why), RA_CT_OK);
}

/* "Name=side Name=side" for the parties of text. */
static void parties_of(const char *text, char *out, size_t size)
{
    ra_contract_text t;
    parse(text, &t);
    ra_parties p;
    ra_parties_find(&t, &p);
    out[0] = '\0';
    for (size_t i = 0; i < p.n; i++) {
        size_t n = strlen(out);
        snprintf(out + n, size - n, "%s%s=%s", i ? " " : "", p.items[i].name,
                 sides[p.items[i].side]);
    }
    ra_contract_text_free(&t);
}

#define EXPECT_PARTIES(text, want)                                                                 \
    do {                                                                                           \
        char got_[512];                                                                            \
        parties_of(text, got_, sizeof got_);                                                       \
        if (strcmp(got_, want))                                                                    \
            fprintf(stderr, "\n    parties \"%s\", want \"%s\"\n", got_, want);                    \
        CU_ASSERT_STRING_EQUAL(got_, want);                                                        \
    } while (0)

static void test_defined_names(void)
{
    /* quoted, in brackets; the agency by what the preamble says of it */
    EXPECT_PARTIES("We, the undersigned, Sohar Coast L.L.C. (the \"Undertaking\") and Anil\n"
                   "Kumar (the \"Farmhand\"), with the assistance of Sagar Recruiters Pvt. Ltd.\n"
                   "(the \"Bureau\"), record the terms below.\n",
                   "Undertaking=employer Farmhand=worker Bureau=agency");
    /* typographic quotes and "hereinafter" */
    EXPECT_PARTIES(
        "Parties:\n(1) Mr. Khalid Saeed, Dubai, hereinafter the \xe2\x80\x9cHost "
        "Family\xe2\x80\x9d;\n"
        "(2) Kamala Rai, a national of Nepal, hereinafter the \xe2\x80\x9cMaid\xe2\x80\x9d; and\n"
        "(3) Nile Labour Link Ltd., licensed recruitment agency, hereinafter the\n"
        "    \xe2\x80\x9cRecruiter\xe2\x80\x9d.\n",
        "Host Family=employer Maid=worker Recruiter=agency");
    /* a side stated outright, in capitals too */
    EXPECT_PARTIES("First Party (Employer): Seef Hospitality W.L.L., Manama\n"
                   "Second Party (Employee): Dil Kumar Magar, passport no. C8061788\n"
                   "Recruitment agency: Evergreen Placement Inc. (the \"Manpower Provider\")\n",
                   "First Party=employer Second Party=worker Manpower Provider=agency");
    /* the role in brackets is the name the clauses use: it stands for the party's side */
    EXPECT_PARTIES("First Party (Estate): Ladang Sungai Rasa Sdn. Bhd.\n"
                   "Second Party (Estate Worker): Dil Bahadur Magar, nationality: Nepal\n",
                   "First Party=employer Estate=employer Second Party=worker");
    /* ... unless the label itself names a side: the employee's short name,
     * after a first party that is the employer */
    EXPECT_PARTIES("Employer: Mr Tan Boon Huat, Bishan Street 22, Singapore.\n"
                   "Employee (FDW): Ms Thandar Aye, Myanmar national.\n",
                   "Employee=worker FDW=worker");
    /* a candidate is the worker, whatever the preamble says before her name */
    EXPECT_PARTIES("Between Savannah Gate Recruitment Ltd, Nairobi (\"the Agency\"), and Ms\n"
                   "Faith Wanjiru Kamau (\"the Candidate\").\n",
                   "Agency=agency Candidate=worker");
    EXPECT_PARTIES("THIS AGREEMENT IS MADE BETWEEN MS. LAU OF HONG KONG (THE \"HOST FAMILY\") AND\n"
                   "DAW KHIN MYO, HOLDER OF PASSPORT NO. P1277361 (THE \"HOUSEHOLD AIDE\").\n",
                   "HOST FAMILY=employer HOUSEHOLD AIDE=worker");
    /* Indonesian, without quotes */
    EXPECT_PARTIES("1. Da Tung Co., Ltd., beralamat di Taipei, selanjutnya disebut Pihak Pertama;\n"
                   "2. Rina Agustina, pemegang paspor nomor N2072042, selanjutnya disebut Pihak "
                   "Kedua;\nmelalui PT Bina Karya, selanjutnya disebut Mitra Usaha.\n",
                   "Pihak Pertama=employer Pihak Kedua=worker Mitra Usaha=agency");
    /* "the" inside the quotes is not part of the name */
    EXPECT_PARTIES("Gulf Inn W.L.L. (hereinafter \"the Hotel\") and Ram Thapa, a national of Nepal "
                   "(hereinafter \"the Staff Member\").\n",
                   "Hotel=employer Staff Member=worker");
    /* a side a name claims outright wins over a guess from the letterhead */
    EXPECT_PARTIES("PACIFIC RIDGE W.L.L.\nDear Mr. Salim,\nWe are pleased to engage you (the "
                   "\"Recruit\") on behalf of the company (the \"Employer\").\n",
                   "Recruit=worker Employer=employer");
    /* named in a list, without definitions */
    EXPECT_PARTIES("Kindly note that the terms below are agreed by and between the Establishment,\n"
                   "the OFW and the Recruitment Agency on this 2nd day of April 2025.\n",
                   "Establishment=employer OFW=worker Recruitment Agency=agency");
}

static void test_not_parties(void)
{
    /* defined terms that are not parties, and a place after "the" */
    EXPECT_PARTIES("This agreement (the \"Contract\") is made between the Employer in the Kingdom "
                   "of Bahrain and the Worker, for the period (the \"Term\") stated below.\n",
                   "Employer=employer Worker=worker");
    /* a definition deep in the body is not a party */
    char body[4096] = "Agreed between the Employer and the Worker as follows.\n";
    for (int i = 0; i < 16; i++)
        strcat(body, "The Worker works at the site.\n");
    strcat(body, "A sum is kept by the office (the \"Reserve\").\n");
    EXPECT_PARTIES(body, "Employer=employer Worker=worker");
    EXPECT_PARTIES("The wage is paid monthly.\n", "");
    /* labels "Party A:", "First Party:": the side from what follows, up to the next label */
    EXPECT_PARTIES("Party A: Viet-Nhat HR JSC, sending organisation licensed by the Department;\n"
                   "Party B: Ms. Tran Thi Ha, born 2003, identity card no. 0013.\n",
                   "Party A=agency Party B=worker");
    EXPECT_PARTIES("First Party: Mr. Saad Al-Qahtani, Jeddah (the employer). Second Party: Mercy "
                   "Otieno, passport No. AK1183390.\n",
                   "First Party=employer Second Party=worker");
}

/* The view of the sentence that starts with start: after the parties are
 * applied, and when voiced, read the way the audit reads it (headings,
 * parties, then the first person). */
static void view_of(const char *text, bool indonesian, bool voiced, const char *start, char *out,
                    size_t size)
{
    ra_contract_text t;
    parse(text, &t);
    ra_parties p;
    ra_voice v[64];
    CU_ASSERT_TRUE_FATAL(t.n <= 64);
    if (voiced)
        ra_contract_headings(&t);
    ra_parties_find(&t, &p);
    if (voiced)
        ra_contract_voices(&t, &p, v);
    CU_ASSERT_TRUE_FATAL(ra_contract_views_build(&t, &p, voiced ? v : NULL, indonesian));
    size_t k = 0;
    while (k < t.n && strncmp(t.sentences[k].text, start, strlen(start)))
        k++;
    CU_ASSERT_TRUE_FATAL(k < t.n);
    snprintf(out, size, "%s", t.sentences[k].view);
    /* evidence quotes the text as written (one-line sentences here) */
    if (!voiced)
        CU_ASSERT_PTR_NOT_NULL(strstr(text, t.sentences[k].text) ? t.sentences[k].text : NULL);
    ra_contract_text_free(&t);
}

static void test_views(void)
{
    const char *c = "Sohar L.L.C. (the \"Principal\") and Anil (the \"Farmhand\") agree.\n"
                    "The Principal keeps the Farmhand's passport.\n"
                    "The principal of the loan is repaid by the PRINCIPAL.\n"
                    "Principalities and Farmhands are not parties.\n";
    char v[256];
    view_of(c, false, false, "The Principal keeps", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The Employer keeps the Worker's passport.");
    /* lower case is a common word, capitals are the name; whole words only */
    view_of(c, false, false, "The principal of", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The principal of the loan is repaid by the Employer.");
    view_of(c, false, false, "Principalities", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Principalities and Farmhands are not parties.");
    const char *id =
        "PT Maju, selanjutnya disebut PIHAK PERTAMA; Sri, pemegang paspor, "
        "selanjutnya disebut PIHAK KEDUA.\nPIHAK PERTAMA menyimpan paspor PIHAK KEDUA.\n";
    view_of(id, true, false, "PIHAK PERTAMA menyimpan", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Majikan menyimpan paspor Pekerja.");
    /* names that are the sides' words already leave the text as it is */
    ra_contract_text t;
    char why[64];
    const char *plain = "Between the Employer and the Worker.\nThe Employer pays.\n";
    CU_ASSERT_EQUAL_FATAL(ra_contract_text_parse(plain, strlen(plain), &t, why, sizeof why),
                          RA_CT_OK);
    ra_parties p;
    ra_parties_find(&t, &p);
    CU_ASSERT_TRUE(ra_contract_views_build(&t, &p, NULL, false));
    CU_ASSERT_PTR_NULL(t.vbuf);
    CU_ASSERT_PTR_EQUAL(t.sentences[1].view, t.sentences[1].text);
    ra_contract_text_free(&t);
}

static void test_common_names(void)
{
    const char *c = "HOSTEL RULES\n"
                    "Residents may not leave the hostel on rest days.\n"
                    "The warden renews the Resident Card of each of the residents.\n"
                    "Participants and Trainees pay nothing; Residentsx is no word.\n";
    char v[256];
    view_of(c, false, false, "Residents may", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Worker may not leave the hostel on rest days.");
    /* "Resident" alone is an adjective; the plural in lower case is left too */
    view_of(c, false, false, "The warden", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The warden renews the Resident Card of each of the residents.");
    view_of(c, false, false, "Participants", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Worker and Worker pay nothing;");
    view_of(c, false, false, "Residentsx", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Residentsx is no word.");
    const char *id = "TATA TERTIB\nCPMI dan Calon PMI membayar biaya; Penghuni dilarang keluar.\n";
    /* Indonesian names in small letters too */
    view_of("TATA TERTIB\nBiaya asrama dibebankan kepada peserta.\n", true, false, "Biaya", v,
            sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Biaya asrama dibebankan kepada Pekerja.");
    view_of(id, true, false, "CPMI", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Pekerja dan Pekerja membayar biaya;");
    view_of(id, true, false, "Penghuni", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Pekerja dilarang keluar.");
    /* the English names are not read in Indonesian, nor the other way round */
    view_of(c, true, false, "Residents may", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Residents may not leave the hostel on rest days.");
    /* a broker nobody defines acts as the agency */
    view_of("TERMS\nThe passbook is retained by the Broker.\n", false, false, "The passbook", v,
            sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The passbook is retained by the Agency.");
    /* a contract that defines the name gives it its own side */
    const char *defined = "Bayu Inns Ltd (the \"Participants\") and Lina (the \"Resident\") "
                          "agree.\nParticipants keep the passport of the Resident.\n";
    view_of(defined, false, false, "Participants keep", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Employer keep the passport of the Worker.");
}

static void test_form_fields(void)
{
    const char *c = "FORM F-1\n"
                    "Passport kept by: [X] employer [ ] worker\n"
                    "Pregnancy test required: [ ] yes [X] no Overtime paid: [X] yes [ ] no\n"
                    "Helper may seek help from the embassy: [ ] yes [X] no - only through the "
                    "agency\n"
                    "Employee may transfer to another employer: [ ] after 1 year [X] not "
                    "permitted\n"
                    "Sex: [X] F [ ] M Household members: ___2 adults___\n"
                    "Placement fee: [X] paid by Worker [ ] paid by Sponsor - recovered from "
                    "salary\n"
                    "Safekeeping of passport: [X] employer [ ] helper [handwritten: until she "
                    "goes home] Tick [X] where applicable.\n"
                    "[X] The worker keeps her passport.\n"
                    "[ ] The employer keeps her passport.\n";
    char v[256];
    /* the ticked option stays, the boxes and the options left empty go */
    view_of(c, false, false, "Passport kept", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Passport kept by: employer ");
    /* yes/no fields: the label, negated when the answer is no; two on a line */
    view_of(c, false, false, "Pregnancy test", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Not Pregnancy test required: Overtime paid: ");
    view_of(c, false, false, "Helper may", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Helper may not seek help from the embassy: - only through the agency");
    /* an option that says no negates its label too */
    view_of(c, false, false, "Employee may", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Employee may not transfer to another employer: not permitted");
    /* an empty option ends at the next label, a dash or a note; blanks lose their underscores */
    view_of(c, false, false, "Sex:", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Sex: F Household members: 2 adults");
    view_of(c, false, false, "Placement fee", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Placement fee: paid by Worker - recovered from salary");
    /* a box after a note is no option of the field before it */
    view_of(c, false, false, "Safekeeping", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(
        v, "Safekeeping of passport: employer [handwritten: until she goes home] Tick [X] where "
           "applicable.");
    /* a box that opens the line is a checklist item: the checklist reading applies */
    view_of(c, false, false, "The employer keeps", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
    const char *id = "FORMULIR\n"
                     "Libur mingguan: [ ] 1 hari setiap minggu [X] tidak ada libur\n"
                     "Pekerja boleh keluar rumah: [ ] ya [X] tidak\n";
    view_of(id, true, false, "Libur", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Tidak ada Libur mingguan: tidak ada libur");
    view_of(id, true, false, "Pekerja boleh", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Pekerja tidak boleh keluar rumah: ");
}

static void test_tracked_changes(void)
{
    const char *c = "DRAFT WITH CHANGES\n"
                    "The Employer shall [deleted: not] keep the passport.\n"
                    "[deleted: Pregnancy ends the contract.] Pregnancy is no reason to dismiss.\n"
                    "~~The Employee may move freely.~~ {+The Employee shall not change employer.+}\n"
                    "The Worker keeps [inserted: her own] passport {-for a week-} always.\n"
                    "Comment [AB1]: removed the bond wording.\n";
    char v[256];
    view_of(c, false, false, "The Employer shall", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The Employer shall keep the passport.");
    /* a deletion that ends its sentence ('.]', '.~~') is a sentence of its own, read as nothing */
    view_of(c, false, false, "[deleted: Pregnancy", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
    view_of(c, false, false, "Pregnancy is no", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Pregnancy is no reason to dismiss.");
    view_of(c, false, false, "~~The Employee", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
    view_of(c, false, false, "{+The Employee", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The Employee shall not change employer.");
    view_of(c, false, false, "The Worker keeps", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The Worker keeps her own passport always.");
    view_of(c, false, false, "Comment", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
}

static void test_people(void)
{
    /* the sides' own words in capitals are nobody's name, spelled right or
     * not: the employer must not read as the worker */
    EXPECT_PARTIES("AGREEMENT OF EMPLOYMENT BETWEEN EMPLOYER AND WORKER\n"
                   "Ref: JO/BD/1019\n"
                   "EMPLOYER: Mrs. Rania Haddad, Khalda, Amman\n",
                   "");
    EXPECT_PARTIES("AGREEMENT BETWEEN EMPLOYEER AND WOKER\nRef: 7\n", "");
    /* people and a firm, with no defined names: the full name, title and
     * surname, the given name; the firm in full; the usual order */
    EXPECT_PARTIES("Agreement made on 3 February 2026 between Mr. Rajan\n"
                   "Pillai of Singapore and Shilpi Akter of Bangladesh, arranged by\n"
                   "Horizon Care Placement Services Pte. Ltd. for a term of two years.\n",
                   "Rajan Pillai=employer Mr Pillai=employer Mr. Pillai=employer Rajan=employer "
                   "Pillai=employer Shilpi Akter=worker Shilpi=worker Akter=worker "
                   "Horizon Care Placement Services Pte=agency "
                   "Horizon Care Placement Services=agency");
    /* joining words; a given name that is a common word is never a name alone;
     * a description decides against the order */
    EXPECT_PARTIES("Made between Grace binti Yusof, holder of passport A1234567, and Mrs "
                   "Maria de la Cruz Santos of Makati.\n",
                   "Grace binti Yusof=worker Yusof=worker Maria de la Cruz Santos=employer "
                   "Mrs Santos=employer Mrs. Santos=employer Maria=employer Santos=employer");
    /* family name first: the last name alone too; "Co., Ltd. of Taipei" goes on */
    EXPECT_PARTIES("Agreement between Hsin Feng Electronics Co., Ltd. of Taipei and Tran Thi Mai "
                   "of Viet Nam.\n",
                   "Hsin Feng Electronics Co=employer Hsin Feng Electronics=employer "
                   "Tran Thi Mai=worker Tran=worker Mai=worker");
    /* a table of the parties with the names they are referred to by */
    EXPECT_PARTIES(
        "PARTIES\n"
        "Party            | Name                         | Referred to as\n"
        "-----------------+------------------------------+---------------\n"
        "Employer         | Ladang Sungai Bayu Sdn. Bhd. | Estate\n"
        "Worker           | Min Thu                      | Estate Worker\n"
        "Recruiting agent | Pacific Star Resources       | Agency\n",
        "Estate=employer Ladang Sungai Bayu Sdn. Bhd=employer "
        "Estate Worker=worker Min Thu=worker Agency=agency Pacific Star Resources=agency");
    /* defined names win: people are read only when nothing is defined */
    EXPECT_PARTIES("Between Mrs. Nadine Aoun (\"First Party\") and Esther Wanjiru "
                   "(\"Second Party\").\n",
                   "First Party=employer Second Party=worker");
    char v[256];
    const char *c = "Agreement made between Mr. Rajan Pillai of Singapore and Shilpi Akter of\n"
                    "Bangladesh, arranged by Horizon Care Placement Services.\n"
                    "1. Mr. Pillai keeps Shilpi's passport;\n"
                    "Horizon Care Placement Services holds a copy. Rajanpur stays.\n";
    view_of(c, false, false, "Mr. Pillai keeps", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Employer keeps Worker's passport;");
    view_of(c, false, false, "Horizon Care", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Agency holds a copy.");
    /* whole words only */
    view_of(c, false, false, "Rajanpur", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Rajanpur stays.");
}

#define EXPECT_VOICED(text, indonesian, start, want)                                               \
    do {                                                                                           \
        char got_[512];                                                                            \
        view_of(text, indonesian, true, start, got_, sizeof got_);                                 \
        if (strcmp(got_, want))                                                                    \
            fprintf(stderr, "\n    view \"%s\", want \"%s\"\n", got_, want);                       \
        CU_ASSERT_STRING_EQUAL(got_, want);                                                        \
    } while (0)

static void test_worker_declaration(void)
{
    const char *c = "1. The Employer pays the wage monthly.\n"
                    "I, Kamala Gurung, confirm that:\n"
                    "(i) I will not make any complaint to the police or my embassy.\n"
                    "(ii) I agree that my employer keeps my passport.\n"
                    "(iii) I'm told I AGREE TO WORK on Part I and Schedule I tasks.\n"
                    "(iv) No one has asked me to sign a promissory note.\n";
    EXPECT_VOICED(c, false, "I will not",
                  "Worker will not make any complaint to the police or Worker's embassy.");
    /* "my employer" is the employer; the verb agrees with a third person */
    EXPECT_VOICED(c, false, "I agree", "Worker agrees that the employer keeps Worker's passport.");
    /* capitals keep their case; a numeral I is no pronoun */
    EXPECT_VOICED(c, false, "I'm told",
                  "Worker is told Worker AGREES TO WORK on Part I and Schedule I tasks.");
    /* one word for one: "me" does not push "No one" out of a word window */
    EXPECT_VOICED(c, false, "No one", "No one has asked Worker to sign a promissory note.");
    /* the introduction names a personal name: the worker, the default */
    EXPECT_VOICED(c, false, "The Employer pays", "The Employer pays the wage monthly.");
    /* Regression (fuzz_contract): a text whose very first word is a pronoun
     * wrote nothing before it into a view buffer not yet allocated. */
    EXPECT_VOICED("I own my return ticket.\n", false, "I own",
                  "Worker own Worker's return ticket.");
    const char *id = "PERNYATAAN\nSaya tidak akan mengadu kepada polisi.\n";
    EXPECT_VOICED(id, true, "Saya tidak", "Pekerja tidak akan mengadu kepada polisi.");
    /* the agency the introduction mentions after "selected through" is not who speaks */
    const char *through = "I, the undersigned, Maria Santos, holder of passport No. P1, selected\n"
                          "through Bright Manpower Services Inc. and employed by the Company, declare:\n"
                          "\n"
                          "1. I will hand my passport to my employer.\n";
    EXPECT_VOICED(through, false, "I will hand",
                  "Worker will hand Worker's passport to the employer.");
}

static void test_staff_instructions(void)
{
    const char *c = "CONTRACT\n"
                    "Keep this copy safe.\n"
                    "ANNEX B\n"
                    "STANDARD OPERATING PROCEDURE - INSTRUCTIONS TO AGENCY STAFF\n"
                    "Step 1.\n"
                    "Collect USD 900 from every selected applicant.\n"
                    "Do not issue a release letter in the first year.\n"
                    "Never ask a worker for a deposit.\n"
                    "The driver meets the worker.\n"
                    "ANNEX C\n"
                    "HOUSE RULES\n"
                    "Keep your room clean.\n";
    /* before the instructions, the imperative is the worker's to follow */
    EXPECT_VOICED(c, false, "Keep this", "Keep this copy safe.");
    /* in them, the staff's side is the subject (the agency's: they say so) */
    EXPECT_VOICED(c, false, "Collect", "Agency shall Collect USD 900 from every selected applicant.");
    EXPECT_VOICED(c, false, "Do not", "Agency shall not issue a release letter in the first year.");
    EXPECT_VOICED(c, false, "Never", "Agency shall Never ask a worker for a deposit.");
    /* a step's label and a sentence with its own subject stay */
    EXPECT_VOICED(c, false, "Step 1.", "Step 1.");
    EXPECT_VOICED(c, false, "The driver", "The driver meets the worker.");
    /* a new annex ends them */
    EXPECT_VOICED(c, false, "Keep your", "Keep your room clean.");
    /* an employer's manual: the employer's staff */
    EXPECT_VOICED("ANNEX B\nHR PROCEDURES MANUAL\nLock the passports in the HR safe.\n", false,
                  "Lock", "Employer shall Lock the passports in the HR safe.");
    /* Indonesian is read as written */
    EXPECT_VOICED("LAMPIRAN\nSTANDARD OPERATING PROCEDURE\nSimpan paspor di lemari kantor.\n", true,
                  "Simpan", "Simpan paspor di lemari kantor.");
}

static void test_other_speakers(void)
{
    /* an introduction that names the employer, by a side's word or a party's name */
    EXPECT_VOICED("EMPLOYER'S UNDERTAKING\n"
                  "I, the undersigned Employer, undertake as follows.\n"
                  "I shall keep my helper's passport.\n",
                  false, "I shall", "Employer shall keep the helper's passport.");
    EXPECT_VOICED("Mrs Tan Li (the \"Householder\") and Siti (the \"Helper\") agree.\n"
                  "DECLARATION\n"
                  "I, Tan Li, the Householder, declare as follows.\n"
                  "I will hold the wages until the end.\n",
                  false, "I will hold", "Employer will hold the wages until the end.");
    /* a heading that says whose statement follows */
    EXPECT_VOICED("OBLIGATIONS OF THE AGENCY\nI shall refund the fee.\n", false, "I shall",
                  "Agency shall refund the fee.");
    /* a heading that names two sides decides nothing: the worker */
    EXPECT_VOICED("DUTIES OF THE EMPLOYER AND THE WORKER\nI shall rest on Sunday.\n", false,
                  "I shall", "Worker shall rest on Sunday.");
    /* a letter of appointment: "we" is the employer, or the agency of the letterhead */
    const char *letter = "Bright Hire Company\n\nDear Ms Dewi,\n"
                         "We are pleased to offer you employment as a cook.\n"
                         "We will keep your passport in our safe.\n"
                         "The salary is 400 US DOLLARS, paid to US each month.\n";
    EXPECT_VOICED(letter, false, "We will keep",
                  "Employer will keep your passport in Employer's safe.");
    /* capitals in a sentence in small letters, and codes, are no pronouns */
    EXPECT_VOICED("Dear Ms Dewi,\nWe are pleased to offer you the job.\n"
                  "Ref. EC-MY-245: see MY notes, WE/2026.\n",
                  false, "EC-MY", "EC-MY-245: see MY notes, WE/2026.");
    /* "US" in capitals is the United States, "us" the writer */
    EXPECT_VOICED(letter, false, "The salary",
                  "The salary is 400 US DOLLARS, paid to US each month.");
    EXPECT_VOICED("Star Manpower Recruitment Agency\nDear Ali,\nWe hold your card.\n", false,
                  "Dear Ali", "Dear Ali, Agency hold your card.");
    /* an Indonesian letter: "kami" writes, "Anda" is the worker */
    EXPECT_VOICED("Kepada Yth. Sdri. Yuli Astuti\n\nDengan hormat,\n\n"
                  "KAMI MENANGGUNG BIAYA PEMULANGAN ANDA KE JAKARTA.\n",
                  true, "KAMI", "Majikan MENANGGUNG BIAYA PEMULANGAN Pekerja KE JAKARTA.");
    /* outside a letter, "we" is often the parties together: left as written */
    EXPECT_VOICED("We, the parties, agree to the terms below.\nThe wage is paid monthly.\n", false,
                  "We, the parties", "We, the parties, agree to the terms below.");
}

/* English and Indonesian told apart by their small words; a sentence in the
 * contract's own language, or one too short to tell, is left unmarked. */
static void test_languages(void)
{
    ra_code en = ra_language_lookup("en", 2), id = ra_language_lookup("id", 2);
#define LANG_OF(s) ra_sentence_language(s, strlen(s))
    CU_ASSERT_EQUAL(LANG_OF("The Employer keeps the passport of the Helper for the whole term."), en);
    CU_ASSERT_EQUAL(LANG_OF("Pemberi Kerja menyimpan paspor Pekerja selama masa perjanjian dan "
                            "tidak akan menyerahkannya kepada pihak lain."),
                    id);
    CU_ASSERT_EQUAL(LANG_OF("HK$ 4,990 per month."), RA_CODE_NONE);
    /* one English term in an Indonesian sentence does not make it English */
    CU_ASSERT_EQUAL(LANG_OF("Pekerja yang melapor kepada Labour Department dan KBRI dengan "
                            "bukti."),
                    id);
#undef LANG_OF
    ra_contract_text t;
    parse("PERJANJIAN KERJA\n"
          "The Employer keeps the passport of the Helper for the whole term.\n"
          "Pemberi Kerja menyimpan paspor Pekerja selama masa perjanjian dan tidak akan "
          "menyerahkannya.\n",
          &t);
    ra_contract_languages(&t, id);
    CU_ASSERT_EQUAL(t.sentences[1].lang, en);
    CU_ASSERT_EQUAL(t.sentences[2].lang, RA_CODE_NONE);
    ra_contract_languages(&t, en);
    CU_ASSERT_EQUAL(t.sentences[1].lang, RA_CODE_NONE);
    CU_ASSERT_EQUAL(t.sentences[2].lang, id);
    ra_contract_languages(&t, ra_language_lookup("tl", 2)); /* no words of its own: left */
    CU_ASSERT_EQUAL(t.sentences[1].lang, RA_CODE_NONE);
    ra_contract_text_free(&t);
}

/* "topic" of the heading over the sentence that starts with start ("-" for none). */
static void heading_of(const char *text, const char *start, char *out, size_t size)
{
    ra_contract_text t;
    parse(text, &t);
    ra_contract_headings(&t);
    size_t k = 0;
    while (k < t.n && strncmp(t.sentences[k].text, start, strlen(start)))
        k++;
    CU_ASSERT_TRUE_FATAL(k < t.n);
    if (t.sentences[k].heading)
        snprintf(out, size, "%.*s", (int)t.sentences[k].heading_len, t.sentences[k].heading);
    else
        snprintf(out, size, "-");
    ra_contract_text_free(&t);
}

#define EXPECT_HEADING(text, start, want)                                                          \
    do {                                                                                           \
        char got_[128];                                                                            \
        heading_of(text, start, got_, sizeof got_);                                                \
        if (strcmp(got_, want))                                                                    \
            fprintf(stderr, "\n    heading of \"%s\": \"%s\", want \"%s\"\n", start, got_, want);  \
        CU_ASSERT_STRING_EQUAL(got_, want);                                                        \
    } while (0)

static void test_headings(void)
{
    const char *c = "EMPLOYMENT CONTRACT\n\n"
                    "The Employer hires the Worker.\n\n"
                    "ARTICLE XII - RETURN TRAVEL\n"
                    "The Sponsor bears the full cost of returning the Attendant to Nepal.\n"
                    "It is paid in cash.\n\n"
                    "Article (10): Hours of Work and Rest\n"
                    "Eight hours a day.\n\n"
                    "11. GRIEVANCES. The Worker may call the Ministry.\n\n"
                    "Pasal 9\n"
                    "Pekerja menerima gaji setiap bulan.\n"
                    "PENGADUAN\n"
                    "Pekerja dapat menghubungi KBRI.\n"
                    "Help line: the Ministry of Labour, 800 123.\n"
                    "THE WORKER SHALL NOT LEAVE THE HOUSE.\n"
                    "Wages are paid monthly.\n";
    EXPECT_HEADING(c, "The Employer hires", "EMPLOYMENT CONTRACT");
    EXPECT_HEADING(c, "The Sponsor bears", "RETURN TRAVEL");
    EXPECT_HEADING(c, "It is paid", "RETURN TRAVEL");
    EXPECT_HEADING(c, "Eight hours", "Hours of Work and Rest");
    EXPECT_HEADING(c, "The Worker may call", "GRIEVANCES");
    /* a label alone: the topic is not known until its line comes */
    EXPECT_HEADING(c, "Pekerja menerima", "-");
    EXPECT_HEADING(c, "Pekerja dapat", "PENGADUAN");
    /* a key term's label heads its own line only */
    EXPECT_HEADING(c, "Help line:", "Help line");
    /* a short sentence in capitals with a verb is not a heading */
    EXPECT_HEADING(c, "Wages are paid", "PENGADUAN");
    /* run-in titles in small letters open their clause's line and go on
     * it; a short statement ("No deposit.") or a sentence alone on its
     * line is no title */
    const char *r = "4. Wages. HK$ 4,990 a month, paid monthly.\n"
                    "Clause Four - Security bond. The Worker pays none.\n"
                    "No deposit. She may leave.\n"
                    "Food.\n"
                    "It is free.\n";
    EXPECT_HEADING(r, "HK$ 4,990", "Wages");
    EXPECT_HEADING(r, "The Worker pays", "Security bond");
    EXPECT_HEADING(r, "She may leave", "Security bond");
    EXPECT_HEADING(r, "It is free", "Security bond");
    /* an article label with a heading in sentence case after a dash */
    const char *a = "Article 6 - Identity documents\n"
                    "The passport is held by the First Party\n"
                    "during the term.\n"
                    "Article 7 - the Worker shall rest\n";
    EXPECT_HEADING(a, "The passport is held", "Identity documents");
    const char *topic;
    size_t len;
    CU_ASSERT_TRUE(ra_contract_is_heading("CLAUSE ELEVEN: REPATRIATION", 27, &topic, &len));
    CU_ASSERT_EQUAL(len, 12);
    CU_ASSERT_FALSE(ra_contract_is_heading("The Worker agrees.", 18, &topic, &len));
    CU_ASSERT_FALSE(
        ra_contract_is_heading("THE WORKER SHALL NOT LEAVE THE HOUSE.", 37, &topic, &len));
}

/* Misspelled key words read as the patterns spell them, in the same case
 * style, as whole words only; the line of a later word is kept. */
static void test_spelling(void)
{
    /* the table: sorted for bsearch, no correction itself corrected */
    const char *right, *prev = NULL, *wrong;
    size_t k = 0;
    for (; (wrong = ra_spelling_entry(k, &right)); k++) {
        if (prev)
            CU_ASSERT_TRUE(strcmp(prev, wrong) < 0);
        CU_ASSERT_TRUE(strlen(right) + 1 < RA_SPELLING_MAX);
        char out[RA_SPELLING_MAX];
        size_t n;
        CU_ASSERT_EQUAL(ra_spelling_fix(right, strlen(right), 0, out, &n), 0);
        prev = wrong;
    }
    CU_ASSERT_TRUE(k > 40);
    const char *c = "1. Employeer keep PASPORT of woker in office.\n"
                    "2. Monthly basic salery is SAR 1,000, the EMPLOYEER'S pasports stay.\n"
                    "3. Saleryman and xsalery are not words of ours.\n";
    EXPECT_VOICED(c, false, "Employeer keep", "Employer keep PASSPORT of worker in office.");
    EXPECT_VOICED(c, false, "Monthly basic",
                  "Monthly basic salary is SAR 1,000, the EMPLOYER'S passports stay.");
    EXPECT_VOICED(c, false, "Saleryman", "Saleryman and xsalery are not words of ours.");
    /* a base form after "be" (and "not") reads as the participle; not where
     * it is no verb, nor after another word */
    const char *g = "1. Worker is NOT allow to marry, salary is pay by bank.\n"
                    "2. This is take-home pay, and we keep the rules.\n"
                    "3. The passport is never keep by the employer.\n";
    EXPECT_VOICED(g, false, "Worker is NOT", "Worker is NOT allowed to marry, salary is paid by bank.");
    EXPECT_VOICED(g, false, "This is take", "This is take-home pay, and we keep the rules.");
    EXPECT_VOICED(g, false, "The passport", "The passport is never kept by the employer.");
    /* "be" left out: a keeping verb before "by"; "allow" after a bare "not" */
    const char *h = "1. Passport and permit keep by the agency, we will keep by law a copy.\n"
                    "2. Worker not allow to go out, the Employer does not allow smoking.\n"
                    "3. Air ticket home at end of contract, pay by company.\n";
    EXPECT_VOICED(h, false, "Passport and",
                  "Passport and permit kept by the agency, we will keep by law a copy.");
    EXPECT_VOICED(h, false, "Worker not",
                  "Worker not allowed to go out, the Employer does not allow smoking.");
    EXPECT_VOICED(h, false, "Air ticket", "Air ticket home at end of contract, paid by company.");
    /* every verb of the table is found (it is sorted for bsearch) */
    static const char *const verbs[] = {
        "allow",    "cancel", "confiscate", "deduct", "dismiss", "forbid",  "give",
        "hold",     "keep",   "lock",       "oblige", "pay",     "permit",  "prohibit",
        "punish",   "require", "retain",    "send",   "take",    "terminate", "withhold", NULL};
    for (size_t v = 0; verbs[v]; v++) {
        char line[64], out[RA_SPELLING_MAX];
        size_t n;
        int len = snprintf(line, sizeof line, "it is not %s", verbs[v]);
        CU_ASSERT_EQUAL(ra_spelling_participle(line, (size_t)len, 10, out, &n), strlen(verbs[v]));
        /* "not <verb>" with no "be" before it: left */
        CU_ASSERT_EQUAL(ra_spelling_participle(line + 6, (size_t)len - 6, 4, out, &n), 0);
    }
    /* Indonesian contracts are left as they are */
    EXPECT_VOICED("Paspor dan pasport disimpan.\n", true, "Paspor", "Paspor dan pasport disimpan.");
    /* the line of a word after a correction */
    ra_contract_text t;
    parse("The employeer keeps the\npasport of the worker.\n", &t);
    ra_parties none = {.n = 0};
    CU_ASSERT_TRUE_FATAL(ra_contract_views_build(&t, &none, NULL, false));
    const ra_sentence *s = &t.sentences[0];
    CU_ASSERT_STRING_EQUAL(s->view, "The employer keeps the passport of the worker.");
    CU_ASSERT_EQUAL(ra_sentence_line_at(&t, s, (size_t)(strstr(s->view, "passport") - s->view)), 2);
    CU_ASSERT_EQUAL(ra_sentence_line_at(&t, s, (size_t)(strstr(s->view, "keeps") - s->view)), 1);
    ra_contract_text_free(&t);
}

/* In a checklist filled in, an option left empty is no term: its view is
 * empty. A form with no box ticked is read as written. */
static void test_checklist(void)
{
    const char *c = "Checklist\n"
                    "[x] Pregnancy does not end the contract\n"
                    "[ ] Pregnancy ends the contract\n"
                    "\xe2\x98\x90 Worker must stay single\n"
                    "\xe2\x80\xa2 Worker keeps her phone\n";
    char v[256];
    view_of(c, false, false, "Pregnancy does not", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Pregnancy does not end the contract");
    view_of(c, false, false, "Pregnancy ends", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
    view_of(c, false, false, "Worker must", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
    view_of(c, false, false, "Worker keeps", v, sizeof v); /* a bullet is no box */
    CU_ASSERT_STRING_EQUAL(v, "Worker keeps her phone");
    const char *blank = "Checklist\n"
                        "[ ] Pregnancy does not end the contract\n"
                        "[ ] Pregnancy ends the contract\n";
    view_of(blank, false, false, "Pregnancy ends", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Pregnancy ends the contract");
}

/* A sentence that opens with "It", "They" or "Both" takes up the thing the
 * sentence before named; an "it" that stands for what follows, "both" before
 * a noun and a sentence with nothing before it read as written. */
static void test_pronouns(void)
{
    const char *c = "Bring your passport to HR. It stays in the HR safe.\n"
                    "Q: Who keeps my passport and visa?\n"
                    "A: Both are looked after by the employer.\n"
                    "Keep your passport. It is agreed that the employer may copy it.\n"
                    "The fee is paid. Both parties sign.\n"
                    "This contract runs two years. It may be renewed.\n";
    char v[256];
    view_of(c, false, false, "It stays", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "passport stays in the HR safe.");
    view_of(c, false, false, "A: Both", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Q: Who keeps my passport and visa? A: passport and visa are looked after by the employer.");
    view_of(c, false, false, "It is agreed", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It is agreed that the employer may copy it.");
    view_of(c, false, false, "Both parties", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Both parties sign.");
    view_of(c, false, false, "It may", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It may be renewed.");
    view_of("Bring your passport. It is strictly prohibited to lend it.\n", false, false,
            "It is", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It is strictly prohibited to lend it.");
    /* past a short answer that names nothing, the question's thing */
    const char *qa = "Q: Who keeps my passport?\n"
                     "A: Your employer does. It stays in the company office.\n"
                     "Q: Do I pay anything?\n"
                     "A: You do not. It is all free of charge for the worker and her family.\n";
    view_of(qa, false, false, "It stays", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "passport stays in the company office.");
    view_of(qa, false, false, "It is all", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It is all free of charge for the worker and her family.");
}

/* An answer that opens with a yes means what its question asks: its view
 * (after a bare "A: Yes.", the next sentence's) begins with the question's.
 * A no, a yes with a condition, and a sentence after a question that is no
 * answer read as written. */
static void test_yes_answers(void)
{
    const char *c = "Q: Will I be tested for pregnancy?\n"
                    "A: Yes. You take a test every six months.\n"
                    "Q: Does the agency keep my passport?\n"
                    "A: No. You keep it.\n"
                    "8. Can my employer read my letters?\n"
                    "Yes, she may read them.\n"
                    "9. Can I refuse a test?\n"
                    "Yes, but only before you sign.\n"
                    "T: Apakah paspor disimpan majikan?\n"
                    "J: Ya, disimpan di lemari.\n"
                    "Who pays the fee?\n"
                    "Your employer pays it.\n";
    char v[256];
    view_of(c, false, false, "A: Yes.", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "A: Yes.");
    view_of(c, false, false, "You take", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Q: Will I be tested for pregnancy? You take a test every six months.");
    view_of(c, false, false, "A: No.", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "the agency Does not keep my passport. You keep passport.");
    view_of(c, false, false, "Yes, she", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Can my employer read my letters? Yes, she may read them.");
    view_of(c, false, false, "Yes, but", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Yes, but only before you sign.");
    view_of(c, true, false, "J: Ya", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "T: Apakah paspor disimpan majikan? J: Ya, disimpan di lemari.");
    view_of(c, false, false, "Your employer pays", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Who pays the fee? Your employer pays fee.");
    /* the worker's "I" in a question: the verb after "Can I" stays the infinitive */
    view_of("Q: Can I keep my phone?\n", false, true, "Q: Can", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Q: Can Worker keep Worker's phone?");
    /* in a letter to her, "I" is the writer, but not in a question she asks */
    const char *letter = "Dear Siti,\n"
                         "We are pleased to offer you the post. I will meet you at the airport.\n"
                         "8. Can I keep my mobile phone?\n";
    view_of(letter, false, true, "I will", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Employer will meet you at the airport.");
    view_of(letter, false, true, "Can I", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Can Worker keep Worker's mobile phone?");
    /* written to the employer about "your helper", "you" is the employer;
     * "your helper ID" is no sign of it, and in a letter to the worker
     * ("your salary") "you" stays */
    const char *to_employer = "Dear Mr Tan,\n"
                              "Your helper Siti arrives on 3 March.\n"
                              "You pay her air ticket home. Your household keeps no paper of "
                              "hers.\n";
    view_of(to_employer, false, true, "You pay", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Employer pays her air ticket home.");
    view_of(to_employer, false, true, "Your household", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "the household keeps no paper of hers.");
    const char *to_worker = "Dear Siti,\n"
                            "Your helper ID is H-22. Your salary is SGD 700.\n"
                            "You pay the medical fee.\n";
    view_of(to_worker, false, true, "You pay", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "You pay the medical fee.");
    /* in an e-mail thread, what a message asks for is no term: its view is
     * empty; the same wish in a single message reads as written (its "my"
     * as the worker's, as in any text that does not say who writes) */
    const char *thread = "From: Tess <tess@example.ph>\n"
                         "Dear Sir, the terms are below.\n"
                         "From: Abdullah <a@example.sa>\n"
                         "My wife would like the passport to stay in our safe.\n"
                         "From: Tess <tess@example.ph>\n"
                         "We cannot accept this. The passport stays with her.\n";
    view_of(thread, false, true, "My wife", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
    view_of(thread, false, true, "The passport stays", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The passport stays with her.");
    view_of("From: Abdullah <a@example.sa>\n"
            "My wife would like the passport to stay in our safe.\n",
            false, true, "My wife", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Worker's wife would like the passport to stay in our safe.");
}

/* A no answers the question it follows with the question negated; an
 * answer to a wh-question reads after it; "it" in an answer is the thing
 * its question names; speakers' labels and timestamps of a transcript mark
 * answers too. Questions that already deny, and answers that say something
 * of their own, read as written. */
static void test_no_and_wh_answers(void)
{
    const char *c = "Q: Can my employer keep my passport?\n"
                    "A: No, never.\n"
                    "Q: Can I change employers?\n"
                    "A: Not allowed during the first two years.\n"
                    "Q: If the company is bad, can I go to another company?\n"
                    "A: No. The company keeps it that way.\n"
                    "Q: Is it true that I may not join a union?\n"
                    "A: No, that is not true.\n"
                    "Q: Can I have a phone?\n"
                    "A: No phone for the first six months.\n"
                    "Q: How much do I pay the agency?\n"
                    "A: Nothing at all.\n"
                    "Q: When do I get my salary?\n"
                    "A: Each month we give you 200 dirhams.\n"
                    "Q: How much will I earn?\n"
                    "A: HK$ 4,990 every month.\n"
                    "T: Apakah saya boleh memegang paspor saya?\n"
                    "J: Tidak boleh.\n";
    char v[256];
    view_of(c, false, false, "A: No, never", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "my employer Can not keep my passport. ");
    view_of(c, false, false, "A: Not allowed", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "I Can not change employers during the first two years.");
    view_of(c, false, false, "A: No. The company", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "I can not go to another company. The company keeps it that way.");
    view_of(c, false, false, "A: No, that", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "A: No, that is not true.");
    view_of(c, false, false, "A: No phone", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "A: No phone for the first six months.");
    view_of(c, false, false, "A: Nothing", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "A: Nothing at all.");
    view_of(c, false, false, "A: Each month", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "A: Each month we give you 200 dirhams.");
    view_of(c, false, false, "A: HK$", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Q: How much will I earn? A: HK$ 4,990 every month.");
    view_of(c, true, false, "J: Tidak", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "saya tidak boleh memegang paspor saya. ");
    const char *call = "[00:02:10] WORKER: Who keeps my passport?\n"
                       "[00:02:14] OFFICER: Madam keeps it. That is the rule.\n"
                       "[00:02:30] WORKER: Can I have my passport?\n"
                       "[00:02:33] OFFICER: No. Madam holds them for you.\n";
    view_of(call, false, false, "[00:02:14]", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "[00:02:10] WORKER: Who keeps my passport? [00:02:14] OFFICER: Madam keeps passport.");
    view_of(call, false, false, "[00:02:33]", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "I Can not have my passport. Madam holds passport for you.");
    view_of(call, false, false, "That is", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "That is the rule.");
    /* numbered marks; a speaker's label with its timestamp after it; a no
     * that says when; a question after a phrase that sets the scene */
    const char *more = "Q8. Can I join the union?\n"
                       "A8. Not allowed.\n"
                       "MERCY (01:30) On my day off, can I leave the village?\n"
                       "HADDAD (01:36) Not in the first year.\n";
    view_of(more, false, false, "A8.", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "I Can not join the union. ");
    view_of(more, false, false, "HADDAD", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "I can not leave the village in the first year.");
}

/* Records exported from an HR or agency system: each field a sentence,
 * its key in words, a yes as the key, a no as the key negated (a denied
 * permission as a ban), a plain key among them too. */
static void test_record_fields(void)
{
    const char *c = "RECORD EXPORT\n"
                    "passport_held_by_employer: Y\n"
                    "deposit_required: N; bond_required: FALSE\n"
                    "marriage_allowed: N\n"
                    "rest_day_work: COMPULSORY_PAID_IN_LIEU\n"
                    "curfew: NIL\n"
                    "pregnancy_screening: NOT_REQUIRED\n"
                    "answer_code: N/A\n";
    char v[256];
    view_of(c, false, false, "passport_held", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "passport held by employer");
    view_of(c, false, false, "deposit_required", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Not deposit required;");
    view_of(c, false, false, "bond_required", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Not bond required");
    view_of(c, false, false, "marriage_allowed", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "marriage is not allowed");
    view_of(c, false, false, "rest_day_work", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "rest day work: COMPULSORY PAID IN LIEU");
    view_of(c, false, false, "curfew", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Not curfew");
    view_of(c, false, false, "pregnancy_screening", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Not pregnancy screening");
    view_of(c, false, false, "answer_code", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "answer code: N/A");
    /* a plain key outside a record, and an identifier in prose, stay */
    view_of("The Employer pays.\ncurfew: NIL\n", false, false, "The Employer", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The Employer pays.");
    CU_ASSERT_EQUAL(ra_record_key("curfew: NIL", 11, false), 0);
    CU_ASSERT_EQUAL(ra_record_key("curfew: NIL", 11, true), 6);
    /* among fields, a key in capitals joined by '_' is still a key */
    CU_ASSERT_EQUAL(ra_record_key("DEPOSIT_REQUIRED: N", 19, true), 16);
    CU_ASSERT_EQUAL(ra_record_key("rest_days: ", 11, false), 0); /* no value */
    CU_ASSERT_EQUAL(ra_record_key("see file_name.pdf", 17, false), 0);
}

/* A ban framed as what is not permissible for a party (contracts translated
 * from Arabic) reads as what that party may not do; the frame without a
 * party, or in favour of one, reads as written. */
static void test_ban_frames(void)
{
    const char *c = "Article (15): It is not permissible for the Second Party to leave the house.\n"
                    "It is not permissible to require any deposit.\n"
                    "It shall not be permissible for the employer or his family to keep her passport.\n"
                    "It is permissible for the Second Party to leave the house.\n";
    char v[256];
    view_of(c, false, false, "Article (15)", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Article (15): the Second Party may not leave the house.");
    view_of(c, false, false, "It is not permissible to", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It is not permissible to require any deposit.");
    view_of(c, false, false, "It shall not", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "the employer or his family may not keep her passport.");
    view_of(c, false, false, "It is permissible", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It is permissible for the Second Party to leave the house.");
}

/* Reported speech (minutes) reads in the present after a reporting verb and
 * its "that", and past a colon or semicolon that goes on with the report;
 * the words before the report, and other sentences, stay as written. */
static void test_reported_speech(void)
{
    const char *c = "The officer said that workers were to remain single and would be sent home.\n"
                    "It was agreed that complaints would go to the camp boss;\n"
                    "going to the police was forbidden.\n"
                    "The meeting was held on 3 May and lunch was served.\n";
    char v[256];
    view_of(c, false, false, "The officer", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The officer said that workers are to remain single and will be sent home.");
    view_of(c, false, false, "It was agreed", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It was agreed that complaints will go to the camp boss;");
    view_of(c, false, false, "going to", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "going to the police is forbidden.");
    view_of(c, false, false, "The meeting", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "The meeting was held on 3 May and lunch was served.");
}

/* A list headed "DON'T:" gives its items in the imperative with the
 * negation in the heading: each item that starts with a bullet reads
 * "Do not ...", a sentence that goes on after it does not, and a "DO:" list
 * reads as written. */
static void test_dont_list(void)
{
    const char *c = "HOUSE MANUAL\n"
                    "DO:\n"
                    "  - lock the front door at night\n"
                    "DON'T:\n"
                    "  - have a boyfriend. If we learn of one, you go home.\n"
                    "  * ask Madam to look after your passport\n"
                    "\n"
                    "- 2 -\n"
                    "\n"
                    "JANGAN:\n"
                    "  - keluar rumah sendirian\n";
    char v[256];
    view_of(c, false, true, "lock the front", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "lock the front door at night");
    view_of(c, false, true, "have a boyfriend", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Do not have a boyfriend.");
    view_of(c, false, true, "If we learn", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "If we learn of one, you go home.");
    view_of(c, false, true, "ask Madam", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Do not ask Madam to look after your passport");
    view_of(c, true, true, "keluar rumah", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Jangan keluar rumah sendirian");
    /* items lettered "a." or "(b)" are list items too */
    const char *lettered = "LARANGAN\nPeserta dilarang:\na. merokok di kamar;\n"
                           "(b) menikah sampai kontrak selesai;\n";
    view_of(lettered, true, true, "merokok", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Jangan merokok di kamar;");
    view_of(lettered, true, true, "menikah", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Jangan menikah sampai kontrak selesai;");
    /* a box left empty under DON'T in a filled-in form is still nothing */
    const char *boxes = "DON'T:\n[x] have a boyfriend\n[ ] keep your own passport\n";
    view_of(boxes, false, true, "have a", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Do not have a boyfriend");
    view_of(boxes, false, true, "keep your", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "");
    /* a list led in by a sentence that ends in a prohibition; a sentence
     * that goes on with an item is no item; "It is ... prohibited to" is no
     * pronoun for a thing */
    const char *notice = "NOTICE TO ALL RESIDENTS\n"
                         "Keep your passport with you.\n"
                         "Residents must:\n"
                         "- show their pass to the guard\n"
                         "\n"
                         "It is strictly prohibited to:\n"
                         "- smoke inside the buildings\n"
                         "- ask a warden to look after your passport. Use the locker\n"
                         "  in your room.\n"
                         "\n"
                         "Meals are served at six.\n"
                         "- bring in alcohol\n"
                         "\n"
                         "Penghuni dilarang keras:\n"
                         "- keluar asrama pada hari libur\n";
    view_of(notice, false, true, "show their", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "show their pass to the guard");
    view_of(notice, false, true, "It is strictly", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "It is strictly prohibited to:");
    view_of(notice, false, true, "smoke", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Do not smoke inside the buildings");
    view_of(notice, false, true, "ask a warden", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Do not ask a warden to look after your passport.");
    view_of(notice, false, true, "Use the locker", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Use the locker in your room.");
    view_of(notice, false, true, "bring in", v, sizeof v); /* after a paragraph of its own */
    CU_ASSERT_STRING_EQUAL(v, "bring in alcohol");
    view_of(notice, true, true, "keluar", v, sizeof v);
    CU_ASSERT_STRING_EQUAL(v, "Jangan keluar asrama pada hari libur");
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite s = CU_add_suite("contract parties", NULL, NULL);
    CU_add_test(s, "names the preamble defines, and their sides", test_defined_names);
    CU_add_test(s, "defined terms that are not parties", test_not_parties);
    CU_add_test(s, "people and firms named as such", test_people);
    CU_add_test(s, "the matching view", test_views);
    CU_add_test(s, "names house rules give the workers", test_common_names);
    CU_add_test(s, "form fields read as what was chosen", test_form_fields);
    CU_add_test(s, "tracked changes read as they leave the text", test_tracked_changes);
    CU_add_test(s, "fields of a record exported from a system", test_record_fields);
    CU_pSuite w = CU_add_suite("contract voices", NULL, NULL);
    CU_add_test(w, "a worker's declaration in the first person", test_worker_declaration);
    CU_add_test(w, "the employer, the agency and letters speak too", test_other_speakers);
    CU_add_test(w, "instructions to staff", test_staff_instructions);
    CU_add_test(w, "misspelled key words", test_spelling);
    CU_add_test(w, "options not chosen in a checklist", test_checklist);
    CU_add_test(w, "pronouns that take up the sentence before", test_pronouns);
    CU_add_test(w, "an answer that opens with yes", test_yes_answers);
    CU_add_test(w, "answers with a no, and answers to wh-questions", test_no_and_wh_answers);
    CU_add_test(w, "bans framed as what is not permissible", test_ban_frames);
    CU_add_test(w, "reported speech", test_reported_speech);
    CU_add_test(w, "the items of a DON'T list", test_dont_list);
    CU_pSuite h = CU_add_suite("contract headings", NULL, NULL);
    CU_add_test(h, "the heading each sentence stands under", test_headings);
    CU_add_test(h, "the language of each sentence of a bilingual text", test_languages);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_suites_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
