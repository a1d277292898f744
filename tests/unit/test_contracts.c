/* test_contracts.c — contract text cutting and clause matching: sentences
 * and their lines, normalisation, the 64 KiB bound, file checks, patterns with
 * a negation window and captures, the counts in words and the word
 * comparison that extract() and same_text() use. Regression tests for each
 * bug found. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "contract_text.h"
#include "isocodes.h"
#include "rules/regex.h"
#include "rules/value.h"
#include "utf8.h"

static ra_contract_text cut(const char *text)
{
    ra_contract_text t;
    char why[128];
    CU_ASSERT_EQUAL(ra_contract_text_parse(text, strlen(text), &t, why, sizeof why), RA_CT_OK);
    return t;
}

static void test_sentences_and_lines(void)
{
    ra_contract_text t = cut("1. WAGES\n"
                             "The Employer shall pay the Worker\n"
                             "a monthly salary of SAR 1,500. Payment is\n"
                             "monthly; deductions are itemised.\n"
                             "\n"
                             "(b) The worker\xe2\x80\x99s pass-\n"
                             "port stays with her.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 5);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "WAGES");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text,
                           "The Employer shall pay the Worker a monthly salary of SAR 1,500.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 2);
    CU_ASSERT_EQUAL(t.sentences[1].end_line, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Payment is monthly;");
    CU_ASSERT_EQUAL(t.sentences[3].line, 4);
    /* Typographic apostrophe, hyphenation across lines, clause number "(b)" dropped. */
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "The worker's passport stays with her.");
    CU_ASSERT_EQUAL(t.sentences[4].line, 6);
    ra_contract_text_free(&t);
}

/* Regression: in a contract written all in capitals, a sentence wrapped over
 * lines was cut at every line, each taken for a heading. */
static void test_capitals_wrapped(void)
{
    ra_contract_text t = cut("ARTICLE 5 - DOCUMENTS\n"
                             "5.1 THE EMPLOYER SHALL KEEP THE PASSPORT OF THE WORKER FOR THE\n"
                             "WHOLE CONTRACT\n"
                             "PERIOD.\n"
                             "HOURS OF WORK\n"
                             "THE WORKER WORKS EIGHT HOURS A DAY.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "ARTICLE 5 - DOCUMENTS");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "THE EMPLOYER SHALL KEEP THE PASSPORT OF THE "
                                                "WORKER FOR THE WHOLE CONTRACT PERIOD.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 2);
    CU_ASSERT_EQUAL(t.sentences[1].end_line, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "HOURS OF WORK");
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "THE WORKER WORKS EIGHT HOURS A DAY.");
    ra_contract_text_free(&t);
    /* Regression (tests/contracts6): after a heading, the first line of a
     * wrapped sentence in capitals was taken for a heading too. A long line
     * of capitals whose sentence ends on the next line is not a heading; a
     * short one still is. */
    t = cut("TRAVEL COSTS\n"
            "\n"
            "THE COSTS OF THE MEDICAL TEST, THE VISA AND THE FLIGHT SHALL BE\n"
            "BORNE BY THE WORKER.\n"
            "REST DAYS\n"
            "ONE DAY A WEEK.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "THE COSTS OF THE MEDICAL TEST, THE VISA AND THE "
                                                "FLIGHT SHALL BE BORNE BY THE WORKER.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "REST DAYS");
    ra_contract_text_free(&t);
}

/* Regression: a dot leader ("Monthly wage: ...... S$700;") ended the
 * sentence at the dots and parted the label from its value. */
static void test_dot_leaders(void)
{
    ra_contract_text t = cut("Monthly wage: ........ S$700;\nRest day: .... Sunday.\nEnd. Next.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Monthly wage: ........ S$700;");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Rest day: .... Sunday.");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "End.");
    ra_contract_text_free(&t);
    /* Three dots with the value after them on the line are a leader too; at
     * the end of a line they still end the sentence (an ellipsis). */
    t = cut("Penalty for resignation ... none;\nIt goes on...\nNext one.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Penalty for resignation ... none;");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "It goes on...");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Next one.");
    ra_contract_text_free(&t);
    /* Two dots between spaces are a short leader; a row that has one is a
     * label line and ends with its line. */
    t = cut("DEPOSIT / BOND .. NONE\nPROBATION .. NONE\nIt ends here.. Next one.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "DEPOSIT / BOND .. NONE");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "PROBATION .. NONE");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "It ends here..");
    ra_contract_text_free(&t);
}

/* Regression: a line starting with an amount was taken for a clause number. */
static void test_amount_at_line_start(void)
{
    ra_contract_text t = cut("The Employer shall pay a salary of\n1500 SAR to the Worker.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "The Employer shall pay a salary of 1500 SAR to the Worker.");
    ra_contract_text_free(&t);
    t = cut("7.2 The Worker may resign.\n12) Rest days are paid.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "The Worker may resign.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Rest days are paid.");
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts4): a number written out and then in figures,
 * or an amount, wrapped to the start of a line was taken for a clause number,
 * which cut the sentence and dropped the figures. A list after ':' and
 * lettered items still start clauses. */
static void test_figures_at_line_start(void)
{
    ra_contract_text t = cut("A rest day of at least twenty-four\n(24) consecutive hours a week.\n"
                             "Gaji sebesar NT$\n28.590 per bulan.\n"
                             "The Employer shall:\n(1) pay the wage;\n"
                             "the items are\n(b) listed here.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 6);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "A rest day of at least twenty-four (24) consecutive hours a week.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Gaji sebesar NT$ 28.590 per bulan.");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "The Employer shall:");
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "pay the wage;");
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "the items are"); /* "(b)": a list item */
    CU_ASSERT_STRING_EQUAL(t.sentences[5].text, "listed here.");
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts4): an article label on its own line ("Pasal 8")
 * or with a heading in capitals ran into the clause's first sentence, so a
 * finding pointed at the label's line. A reference inside a sentence is not
 * a label. */
static void test_article_labels(void)
{
    ra_contract_text t = cut("Pasal 8\nDOKUMEN / DOCUMENTS\nPekerja tidak menyimpan paspor.\n"
                             "Section 9 \xe2\x80\x94 FEES AND CHARGES / KOS\nIt is agreed.\n"
                             "Section 5 of the Act applies.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 6);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Pasal 8");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "DOKUMEN / DOCUMENTS");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Pekerja tidak menyimpan paspor.");
    CU_ASSERT_EQUAL(t.sentences[2].line, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "Section 9 - FEES AND CHARGES / KOS");
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "It is agreed.");
    CU_ASSERT_EQUAL(t.sentences[4].line, 5);
    CU_ASSERT_STRING_EQUAL(t.sentences[5].text, "Section 5 of the Act applies.");
    ra_contract_text_free(&t);
    /* A long clause in capitals that wraps is a sentence, not a label. */
    t = cut("ARTICLE 4. THE EMPLOYER MAY END THIS CONTRACT WITHOUT NOTICE IF THE WORKER IS IN A\n"
            "RELATIONSHIP.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "ARTICLE 4.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "THE EMPLOYER MAY END THIS CONTRACT WITHOUT "
                                                "NOTICE IF THE WORKER IS IN A RELATIONSHIP.");
    ra_contract_text_free(&t);
    /* A label before its clause's text on the same line starts a clause, even
     * when the line before left its sentence open; so does "7- " */
    t = cut("Article 2 - Salary: USD 300 a month, paid in cash\n"
            "Article 3 - Working Hours: not more than 10 hrs a day\n"
            "1- Worker works as home worker\n"
            "2- Contract 2 years\n"
            "Clause 9: The Worker keeps her passport.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 5);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Salary: USD 300 a month, paid in cash");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Working Hours: not more than 10 hrs a day");
    CU_ASSERT_EQUAL(t.sentences[1].line, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Worker works as home worker");
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "Contract 2 years");
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "The Worker keeps her passport.");
    ra_contract_text_free(&t);
    /* "emp." (employee) and "mth" abbreviate, they end no sentence */
    t = cut("WEEKLY OFF: one day, if emp. work on off day company pay extra.\n");
    CU_ASSERT_EQUAL(t.n, 1);
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts5): a heading in title case on its own line
 * ("7. Leave and Holidays") ran into the clause's first sentence. A short
 * title-case line followed by a small letter continues its sentence. */
static void test_title_case_headings(void)
{
    ra_contract_text t = cut("7. Leave and Holidays\nThe Worker has leave.\n\nFIFTH: Meals\n"
                             "Meals are free.\n3. The Employer\nshall pay.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 5);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Leave and Holidays");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "The Worker has leave.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "FIFTH: Meals");
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "Meals are free.");
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "The Employer shall pay.");
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts11): a numbered heading in sentence case ran
 * into its clause, which then started on the heading's line. */
static void test_sentence_case_headings(void)
{
    ra_contract_text t = cut("9. Ending the contract\n   If you stop working, we report you.\n"
                             "10. The Employer shall pay the\n   Worker monthly.\n"
                             "11. Pay\n   due on the first.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Ending the contract");
    CU_ASSERT_TRUE(t.sentences[0].is_heading);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "If you stop working, we report you.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 2);
    /* a line left open by "the" is no heading; nor one followed by a small letter */
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "The Employer shall pay the Worker monthly.");
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "Pay due on the first.");
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts5): a page footer and running header between two
 * halves of a sentence cut it in two. A marker line is dropped; text after the
 * break that starts with a capital still starts a new sentence. */
static void test_page_markers(void)
{
    ra_contract_text t =
        cut("The Worker is not\n\n- 1 -\n\nContract Ref. QA-1\n\n"
            "required to pay.\n\nPage 2 of 5   Initials: __ / __\n\n"
            "Meals are free.\nHalaman 3 dari 4\nPage 3 of the annex lists them.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "The Worker is not required to pay.");
    CU_ASSERT_EQUAL(t.sentences[0].line, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Meals are free.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 11);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Page 3 of the annex lists them.");
    ra_contract_text_free(&t);
    /* a running footer left at the end of a line of text, after a gap; a
     * line that is all footer, its initials before the page */
    t = cut("Instruct the sponsor that the housekeeper must   SOP / contract 14 - page 1\n\n"
            "never leave alone.\n\n"
            "Dilarang menikah sampai kontrak  Tata Tertib - hlm. 1\n"
            "selesai.\n"
            "Worker's initials: ______        page 2\n"
            "The Worker must   Form 8 - page 3\n"
            "rest on Sundays.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "The Worker must rest on Sundays.");
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "Instruct the sponsor that the housekeeper must never leave alone.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Dilarang menikah sampai kontrak selesai.");
    ra_contract_text_free(&t);
    /* running headers in capitals after the page marker, inside a sentence
     * in small letters; in a text all in capitals such a line goes on */
    t = cut("The Worker shall refer any grievance solely to the Agency's\n"
            "Page 1 of 2\n"
            "GOLDEN CREST MANPOWER AGENCY INC.\n"
            "- CONFIDENTIAL -\n"
            "coordinator in Riyadh.\n"
            "COSTS ARE DEALT WITH AS SET OUT IN THIS CLAUSE AND\n"
            "- 1 -\n"
            "IN THE COST SCHEDULE\n"
            "AS AGREED.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "The Worker shall refer any grievance solely to the Agency's "
                           "coordinator in Riyadh.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "COSTS ARE DEALT WITH AS SET OUT IN THIS CLAUSE "
                                                "AND IN THE COST SCHEDULE AS AGREED.");
    ra_contract_text_free(&t);
    /* a running header in title case after the page marker, the sentence
     * going on below it in small letters; a capital line that is text stays */
    t = cut("No part of the salary may be held back\n"
            "Page 1 of 3\n"
            "Domestic Worker Employment Contract \xe2\x80\x93 Ref. RYD-0418\n"
            "          by the First Party.\n"
            "The Worker is paid by the\n"
            "Page 2 of 3\n"
            "Employer in cash.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "No part of the salary may be held back by the First Party.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "The Worker is paid by the Employer in cash.");
    ra_contract_text_free(&t);
    /* a footer of a title, a subtitle and the page number after dashes; a
     * row with one dash and a number is text */
    t = cut("A note is signed with his\n"
            "Bridge Overseas Pvt. Ltd. \xe2\x80\x93 Agreement with Worker \xe2\x80\x93 1\n\n"
            "brother as guarantor.\n"
            "Rest days a month - 4\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "A note is signed with his brother as guarantor.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Rest days a month - 4");
    ra_contract_text_free(&t);
    /* a footer's page number after a tab, in Indonesian */
    t = cut("Sebagai jaminan, PMI menyerahkan sertifikat tanah\n"
            "PT Cahaya \xe2\x80\x93 Perjanjian Penempatan\thal. 1\n\n"
            "atas nama orang tuanya.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "Sebagai jaminan, PMI menyerahkan sertifikat tanah atas nama orang tuanya.");
    ra_contract_text_free(&t);
    /* text scanned from paper: ligatures, and letters read as digits inside words */
    t = cut("The ticket is \xef\xac\x81xed by the emp1oyer for the examinati0n in Ind0nesia, "
            "room 101 and Form A1.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "The ticket is fixed by the employer for the "
                                                "examination in Indonesia, room 101 and Form A1.");
    ra_contract_text_free(&t);
    /* a sentence ends after the marks that close it */
    t = cut("She said \"no.\" The fee is refunded. {+It is paid.+} Done.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "She said \"no.\"");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "The fee is refunded.");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "{+It is paid.+}");
    ra_contract_text_free(&t);
    /* a frame drawn around a paragraph: the text inside it */
    t = cut("+------------------------------------------+\n"
            "| * No pregnancy test is needed, and you    |\n"
            "|   cannot be dismissed for a pregnancy.   |\n"
            "|                                          |\n"
            "+------------------------------------------+\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "No pregnancy test is needed, and you cannot be dismissed for a pregnancy.");
    ra_contract_text_free(&t);
    /* Footers that name the document, carry a reference and blanks for
     * initials, or end in the page number (tests/contracts12, 13, 14). The
     * sentence keeps its lines. */
    t = cut("Attendance at their\n\nPage 2 of this document. Initials: Employer ____ Worker ____\n\n"
            "meetings is barred.\nThe Worker always\n\nPage 1   R14-032   Worker's initials: ______\n\n"
            "keeps her passport.\nPage 4 of this document sets out the fees.\n"
            "It is at the charge of the\n\nService Contract - Al Noor             Page 1 of 2\n\n"
            "Employer.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Attendance at their meetings is barred.");
    CU_ASSERT_EQUAL(ra_sentence_line_at(&t, &t.sentences[0], 20), 5);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "The Worker always keeps her passport.");
    CU_ASSERT_EQUAL(t.sentences[1].end_line, 10);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Page 4 of this document sets out the fees.");
    /* a running footer that ends in the page number */
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "It is at the charge of the Employer.");
    ra_contract_text_free(&t);
    /* running footers with a reference, a dash or a bar before the page (tests/contracts17) */
    t = cut("Give your passport and your HKID card\nEmployment contract HK/ID/1002   |   p. 2 of 3\n"
            "to the agency. The hotel clinic tests\nBH/PH/6663 - page 2/3\nyou each year.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "Give your passport and your HKID card to the agency.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "The hotel clinic tests you each year.");
    ra_contract_text_free(&t);
    /* the shortest page number after a bar: "| p. 1" (tests/contracts18) */
    t = cut("The Second Party may not work for third parties, nor transfer\nRef. X-6/2026 | p. 1\n"
            "to another employer.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "The Second Party may not work for third parties, nor transfer to "
                           "another employer.");
    ra_contract_text_free(&t);
    /* hyphen and asterisk bullets start items of their own; "- 2 -" is a page number */
    t = cut("DON'T:\n- have a boyfriend\n- 2 -\n* keep it\n  - 3 days off\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 4);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "DON'T:");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "have a boyfriend");
    CU_ASSERT_TRUE(t.sentences[1].bulleted);
    CU_ASSERT_FALSE(t.sentences[0].bulleted);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "keep it");
    CU_ASSERT_TRUE(t.sentences[2].bulleted);
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "3 days off");
    ra_contract_text_free(&t);
    /* a footer in two languages, with no blank line round it (tests/contracts16) */
    t = cut("Pemberi Kerja membayar tiket pesawat dari Jakarta ke Kaohsiung dan\n"
            "Halaman / Page 2 / 3     Paraf / Initials: ______  ______\n"
            "kembali ke Jakarta pada akhir perjanjian.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Pemberi Kerja membayar tiket pesawat dari Jakarta "
                                                "ke Kaohsiung dan kembali ke Jakarta pada akhir "
                                                "perjanjian.");
    CU_ASSERT_EQUAL(t.sentences[0].end_line, 3);
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts5): a contract in two columns ("English |
 * Indonesia") was read across, mixing both languages in every sentence. It
 * is read as the left column, then the right, each line keeping its number.
 * A table of three columns, or a few label | value lines, is not split. */
static void test_two_columns(void)
{
    char text[4096] = "";
    for (int k = 0; k < 10; k++) {
        char row[200];
        snprintf(row, sizeof row, "%-40s | %s\n",
                 k % 2 ? "the whole contract." : "Clause text in English that goes on to",
                 k % 2 ? "seluruh kontrak." : "Teks pasal dalam bahasa Indonesia sampai");
        strcat(text, row);
    }
    ra_contract_text t = cut(text);
    CU_ASSERT_EQUAL_FATAL(t.n, 10);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "Clause text in English that goes on to the whole contract.");
    CU_ASSERT_EQUAL(t.sentences[0].line, 1);
    CU_ASSERT_EQUAL(t.sentences[4].line, 9);
    CU_ASSERT_STRING_EQUAL(t.sentences[5].text,
                           "Teks pasal dalam bahasa Indonesia sampai seluruh kontrak.");
    CU_ASSERT_EQUAL(t.sentences[5].line, 1);
    ra_contract_text_free(&t);

    /* Three columns: a table, not split into columns; each row is a sentence. */
    text[0] = '\0';
    for (int k = 0; k < 12; k++)
        strcat(text, "Recruitment fee of the agency       | SAR 500 | Worker\n");
    t = cut(text);
    CU_ASSERT_EQUAL_FATAL(t.n, 12);
    CU_ASSERT_STRING_EQUAL(t.sentences[11].text,
                           "Recruitment fee of the agency | SAR 500 | Worker");
    CU_ASSERT_EQUAL(t.sentences[11].line, 12);
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts4): "a.m." and "p.m." ended the sentence. */
static void test_times_of_day(void)
{
    ra_contract_text t =
        cut("Work is from 8 a.m. to 5 p.m. daily. Work ends at 5 p.m. The rest.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Work is from 8 a.m. to 5 p.m. daily.");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Work ends at 5 p.m.");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "The rest.");
    ra_contract_text_free(&t);
}

/* Regression: the 64 KiB bound could cut a UTF-8 character in two. */
static void test_bound_between_characters(void)
{
    size_t n = 3 * RA_SENTENCE_MAX;
    char *text = malloc(n + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    for (size_t i = 0; i + 2 <= n; i += 2)
        memcpy(text + i, "\xc3\xa9", 2); /* é, no sentence end anywhere */
    text[n] = '\0';
    ra_contract_text t;
    char why[128];
    CU_ASSERT_EQUAL_FATAL(ra_contract_text_parse(text, n, &t, why, sizeof why), RA_CT_OK);
    CU_ASSERT(t.n >= 3);
    for (size_t i = 0; i < t.n; i++) {
        CU_ASSERT(t.sentences[i].len <= RA_SENTENCE_MAX);
        CU_ASSERT_EQUAL(
            ra_utf8_check((const unsigned char *)t.sentences[i].text, t.sentences[i].len),
            t.sentences[i].len);
    }
    ra_contract_text_free(&t);
    free(text);
}

static void test_binary_and_files(void)
{
    ra_contract_text t;
    char why[128];
    CU_ASSERT_EQUAL(ra_contract_text_parse("a\0b", 3, &t, why, sizeof why), RA_CT_BINARY);
    CU_ASSERT_EQUAL(ra_contract_text_parse("a\xff", 2, &t, why, sizeof why), RA_CT_BINARY);
    char dir[] = "/tmp/ra_ct_XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    char real[128], link[128];
    snprintf(real, sizeof real, "%s/real.txt", dir);
    snprintf(link, sizeof link, "%s/link.txt", dir);
    FILE *f = fopen(real, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("Text.\n", f);
    fclose(f);
    CU_ASSERT_EQUAL(symlink(real, link), 0);
    CU_ASSERT_EQUAL(ra_contract_text_load(link, &t, why, sizeof why), RA_CT_MISSING);
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "symbolic link"));
    snprintf(link, sizeof link, "%s/none.txt", dir);
    CU_ASSERT_EQUAL(ra_contract_text_load(link, &t, why, sizeof why), RA_CT_MISSING);
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "no such"));
    CU_ASSERT_EQUAL(ra_contract_text_load(real, &t, why, sizeof why), RA_CT_OK);
    ra_contract_text_free(&t);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CU_ASSERT_EQUAL(system(cmd), 0);
}

static ra_pattern pattern(ra_pattern_alt_c *alt, const char *re)
{
    char msg[128];
    size_t off;
    alt->lang = RA_CODE_NONE;
    alt->re = ra_regex_compile(re, msg, sizeof msg, &off);
    CU_ASSERT_PTR_NOT_NULL(alt->re);
    return (ra_pattern){"p", alt, 1};
}

static void test_negation_window_and_captures(void)
{
    ra_pattern_alt_c a1, a2, a3, a4;
    ra_pattern keep = pattern(&a1, "\\bemployer\\b.{0,40}\\bretain\\w*\\b.{0,40}\\bpassport");
    ra_pattern neg = pattern(&a2, "\\b(not|never)\\b");
    ra_pattern num = pattern(&a3, "\\d+");
    ra_pattern grp = pattern(&a4, "salary of (?:SAR )?([0-9,]+)");
    ra_rx *rx = ra_rx_new();
    CU_ASSERT_PTR_NOT_NULL_FATAL(rx);
    const char *yes = "The Employer shall retain the passport.";
    const char *no = "The Employer shall not retain the passport.";
    const char *far = "Never mind. The Employer shall retain the passport.";
    ra_rx_hit hit;
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, yes, strlen(yes), &neg, 6, NULL), RA_RX_YES);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, no, strlen(no), &neg, 6, NULL), RA_RX_NO);
    /* "Never" is 3 words before the match: inside a window of 6, outside one of 1. */
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, far, strlen(far), &neg, 6, NULL), RA_RX_NO);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, far, strlen(far), &neg, 1, NULL), RA_RX_YES);
    /* Regression: with no group the capture is the whole match, not a stale group. */
    const char *s = "a salary of SAR 1,500 and 12 days";
    CU_ASSERT_EQUAL(ra_rx_find(rx, &grp, 0, s, strlen(s), NULL, 0, &hit), RA_RX_YES);
    CU_ASSERT_EQUAL(hit.cap_len, 5);
    CU_ASSERT_EQUAL(strncmp(s + hit.cap, "1,500", 5), 0);
    CU_ASSERT_EQUAL(hit.start, 2); /* the whole match starts at "salary" */
    CU_ASSERT_EQUAL(ra_rx_find(rx, &num, 0, s, strlen(s), NULL, 0, &hit), RA_RX_YES);
    CU_ASSERT_EQUAL(hit.cap_len, 1);
    CU_ASSERT_EQUAL(s[hit.cap], '1');
    CU_ASSERT_EQUAL(hit.start, hit.cap);
    /* A negated first occurrence: the hit is the later one. */
    const char *two =
        "The Employer shall not retain the passport. The Employer shall retain the passport.";
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, two, strlen(two), &neg, 1, &hit), RA_RX_YES);
    CU_ASSERT_EQUAL(hit.start, 48);
    /* A match inside a negated one, within its first words, is the same phrase;
     * one after it is not. */
    ra_pattern_alt_c a6;
    ra_pattern test = pattern(&a6, "(?:pregnancy|HIV)(?: or HIV)? test");
    const char *phrase = "We will not require a pregnancy or HIV test.";
    const char *after = "We will not require a pregnancy test, but an HIV test is required.";
    CU_ASSERT_EQUAL(ra_rx_find(rx, &test, 0, phrase, strlen(phrase), &neg, 4, NULL), RA_RX_NO);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &test, 0, after, strlen(after), &neg, 4, &hit), RA_RX_YES);
    CU_ASSERT_EQUAL(hit.start, 45);
    ra_regex_free(a6.re);
    /* The joints and articles of a list do not count against the window: the
     * negation reaches the list's last item; a word that turns the sentence
     * ends the window. */
    ra_pattern_alt_c a7, a8, a9;
    ra_pattern note = pattern(&a7, "promissory note");
    ra_pattern marry = pattern(&a8, "shall not marry");
    ra_pattern nothing = pattern(&a9, "\\bnothing\\b");
    const char *list = "The Agency shall not demand any deposit, bond, guarantee cheque, surety or "
                       "promissory note.";
    const char *prose = "The Agency shall not demand it from her family and friends on promissory note.";
    const char *turned = "Nothing may limit her faith, provided that she shall not marry.";
    const char *plain = "Nothing may limit her faith, and she shall not marry.";
    CU_ASSERT_EQUAL(ra_rx_find(rx, &note, 0, list, strlen(list), &neg, 4, NULL), RA_RX_NO);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &note, 0, prose, strlen(prose), &neg, 4, NULL), RA_RX_YES);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &marry, 0, turned, strlen(turned), &nothing, 8, NULL),
                    RA_RX_YES);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &marry, 0, plain, strlen(plain), &nothing, 8, NULL), RA_RX_NO);
    /* ... but a window spans at most three times its words: a sentence of
     * nothing but list items does not carry one negation to every match */
    ra_pattern_alt_c a10;
    ra_pattern bond = pattern(&a10, "\\bbond\\b");
    static const char lead[] = "It shall not hold", item[] = " bond,";
    char items[sizeof lead + 40 * (sizeof item - 1)];
    strcpy(items, lead);
    for (int k = 0; k < 40; k++)
        strcat(items, item);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &bond, 0, items, strlen(items), &neg, 4, &hit), RA_RX_YES);
    CU_ASSERT_TRUE(hit.start > sizeof lead);
    ra_regex_free(a10.re);
    ra_regex_free(a7.re);
    ra_regex_free(a8.re);
    ra_regex_free(a9.re);
    /* A catastrophic pattern stops at the limit: unknown, not a hang. */
    ra_pattern_alt_c a5;
    ra_pattern evil = pattern(&a5, "(a+)+$");
    char *subject = malloc(40001);
    CU_ASSERT_PTR_NOT_NULL_FATAL(subject);
    memset(subject, 'a', 40000);
    subject[39999] = 'b';
    subject[40000] = '\0';
    CU_ASSERT_EQUAL(ra_rx_find(rx, &evil, 0, subject, 40000, NULL, 0, NULL), RA_RX_LIMIT);
    free(subject);
    ra_regex_free(a1.re);
    ra_regex_free(a2.re);
    ra_regex_free(a3.re);
    ra_regex_free(a4.re);
    ra_regex_free(a5.re);
    ra_rx_free(rx);
}

/* ra_rx_find answers a question it was asked before from memory
 * (rx_memo.h): the same answers as computed ones, for the same bytes only. */
static void test_remembered_answers(void)
{
    ra_pattern_alt_c a1, a2, a3, a4, a5;
    ra_pattern keep = pattern(&a1, "\\bemployer\\b.{0,40}\\bretain\\w*\\b.{0,40}\\bpassport");
    ra_pattern neg = pattern(&a2, "\\b(not|never)\\b");
    ra_pattern never = pattern(&a3, "\\bnever\\b");
    ra_pattern grp = pattern(&a4, "salary of (?:SAR )?([0-9,]+)");
    ra_pattern paspor = pattern(&a5, "\\bpaspor\\b");
    a5.lang = ra_language_lookup("id", 2);
    ra_rx *rx = ra_rx_new();
    CU_ASSERT_PTR_NOT_NULL_FATAL(rx);
    /* Other bytes at the same address (a sentence freed and another cut
     * there) are another subject. */
    char buf[] = "The Employer shall retain the passport.";
    for (int i = 0; i < 2; i++)
        CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, buf, strlen(buf), &neg, 6, NULL), RA_RX_YES);
    memcpy(buf + strlen(buf) - 9, "passbook.", 9);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, buf, strlen(buf), &neg, 6, NULL), RA_RX_NO);
    memcpy(buf + strlen(buf) - 9, "passport.", 9);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, buf, strlen(buf), &neg, 6, NULL), RA_RX_YES);
    /* The negation, the window and the language are part of the question. */
    const char *no = "The Employer shall not retain the passport.";
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, no, strlen(no), &neg, 6, NULL), RA_RX_NO);
        CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, no, strlen(no), &never, 6, NULL), RA_RX_YES);
        CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, no, strlen(no), NULL, 0, NULL), RA_RX_YES);
        CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, no, strlen(no), &neg, 0, NULL), RA_RX_NO);
    }
    const char *far = "Never mind. The Employer shall retain the passport.";
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, far, strlen(far), &neg, 6, NULL), RA_RX_NO);
    CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, far, strlen(far), &neg, 1, NULL), RA_RX_YES);
    const char *id = "Majikan menyimpan paspor pekerja.";
    ra_code lang_id = ra_language_lookup("id", 2), lang_en = ra_language_lookup("en", 2);
    for (int i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL(ra_rx_find(rx, &paspor, lang_id, id, strlen(id), NULL, 0, NULL), RA_RX_YES);
        CU_ASSERT_EQUAL(ra_rx_find(rx, &paspor, lang_en, id, strlen(id), NULL, 0, NULL), RA_RX_NO);
    }
    /* A remembered match says where, from a copy of the subject elsewhere. */
    const char *s = "a salary of SAR 1,500 and 12 days";
    char *copy = strdup(s);
    CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
    ra_rx_hit hit = {0, 0, 0};
    CU_ASSERT_EQUAL(ra_rx_find(rx, &grp, 0, s, strlen(s), NULL, 0, &hit), RA_RX_YES);
    ra_rx_hit again = {9, 9, 9};
    CU_ASSERT_EQUAL(ra_rx_find(rx, &grp, 0, copy, strlen(copy), NULL, 0, &again), RA_RX_YES);
    CU_ASSERT_EQUAL(again.start, 2);
    CU_ASSERT_EQUAL(again.cap, hit.cap);
    CU_ASSERT_EQUAL(again.cap_len, 5);
    free(copy);
    /* More distinct subjects than the memo holds (RA_RX_MEMO_MAX): it
     * forgets and starts again, and every answer stays right. */
    char line[96];
    int wrong = 0;
    for (int round = 0; round < 2; round++)
        for (int i = 0; i < 400000; i++) {
            int n = snprintf(line, sizeof line, "Clause %d: the Employer shall %sretain the passport.",
                             i, i % 3 ? "" : "not ");
            ra_rx_result want = i % 3 ? RA_RX_YES : RA_RX_NO;
            if (ra_rx_find(rx, &keep, 0, line, (size_t)n, &neg, 6, NULL) != want)
                wrong++;
        }
    CU_ASSERT_EQUAL(wrong, 0);
    /* After forgetting, rx still answers (and remembers again). */
    ra_rx_forget(rx);
    for (int i = 0; i < 2; i++)
        CU_ASSERT_EQUAL(ra_rx_find(rx, &keep, 0, no, strlen(no), &neg, 6, NULL), RA_RX_NO);
    ra_regex_free(a1.re);
    ra_regex_free(a2.re);
    ra_regex_free(a3.re);
    ra_regex_free(a4.re);
    ra_regex_free(a5.re);
    ra_rx_free(rx);
}

/* Many questions of one sentence (rx_memo.c keeps them in a block per
 * subject that grows and moves): every remembered answer says where its
 * own match is. Two sentences asked in turn make their blocks move. */
static void test_many_questions_one_subject(void)
{
    enum { NQ = 40 };
    ra_pattern_alt_c alts[NQ];
    ra_pattern pats[NQ];
    char re[32], fwd[NQ * 8], back[NQ * 8];
    size_t nf = 0, nb = 0;
    for (int k = 0; k < NQ; k++) {
        snprintf(re, sizeof re, "\\b(w%02d)\\b", k);
        pats[k] = pattern(&alts[k], re);
        nf += (size_t)snprintf(fwd + nf, sizeof fwd - nf, "w%02d ", k);
        nb += (size_t)snprintf(back + nb, sizeof back - nb, "w%02d ", NQ - 1 - k);
    }
    ra_rx *rx = ra_rx_new();
    CU_ASSERT_PTR_NOT_NULL_FATAL(rx);
    int wrong = 0;
    for (int round = 0; round < 3; round++)
        for (int k = 0; k < NQ; k++) {
            const char *subject[2] = {fwd, back};
            size_t want[2] = {(size_t)k * 4, (size_t)(NQ - 1 - k) * 4};
            for (int i = 0; i < 2; i++) {
                ra_rx_hit hit = {99, 99, 99};
                if (ra_rx_find(rx, &pats[k], 0, subject[i], strlen(subject[i]), NULL, 0, &hit) !=
                        RA_RX_YES ||
                    hit.start != want[i] || hit.cap != want[i] || hit.cap_len != 3)
                    wrong++;
            }
        }
    CU_ASSERT_EQUAL(wrong, 0);
    /* A question never asked of a sentence whose block is full is not
     * answered from another's memory. */
    ra_pattern_alt_c ax;
    ra_pattern absent = pattern(&ax, "\\bw99\\b");
    CU_ASSERT_EQUAL(ra_rx_find(rx, &absent, 0, fwd, strlen(fwd), NULL, 0, NULL), RA_RX_NO);
    for (int k = 0; k < NQ; k++)
        ra_regex_free(alts[k].re);
    ra_regex_free(ax.re);
    ra_rx_free(rx);
}

/* extract() reads a capture that starts with a letter as a count in words. */
static int64_t words(const char *s)
{
    ra_num n;
    if (!ra_num_from_words(s, strlen(s), &n))
        return -1;
    CU_ASSERT(n.d == 1);
    return (int64_t)n.n;
}

/* The number read from a capture, in hundredths (-1 when none). */
static int64_t num_text(const char *s, bool decimal_comma)
{
    ra_num n;
    if (!ra_num_from_text(s, strlen(s), decimal_comma, &n))
        return -1;
    return (int64_t)(n.n * 100 / n.d);
}

/* Regression: "SAR 1.800" in an Indonesian contract was read as 1.8. */
static void test_numbers_in_text(void)
{
    /* English: ',' groups, '.' is the decimal mark */
    CU_ASSERT_EQUAL(num_text("1,500.00 riyals", false), 150000);
    CU_ASSERT_EQUAL(num_text("1,500", false), 150000);
    CU_ASSERT_EQUAL(num_text("1500.", false), 150000);
    CU_ASSERT_EQUAL(num_text("1.5", false), 150);
    CU_ASSERT_EQUAL(num_text("1,800,000", false), 180000000);
    CU_ASSERT_EQUAL(num_text("12,5", false), 1250); /* a lone comma not before 3 digits */
    CU_ASSERT_EQUAL(num_text("1 800", false), 180000);
    /* Indonesian: '.' groups, ',' is the decimal mark */
    CU_ASSERT_EQUAL(num_text("1.800", true), 180000);
    CU_ASSERT_EQUAL(num_text("1.800,50", true), 180050);
    CU_ASSERT_EQUAL(num_text("1.800.000", true), 180000000);
    CU_ASSERT_EQUAL(num_text("1,5", true), 150);
    CU_ASSERT_EQUAL(num_text("8", true), 800);
    /* not a number */
    CU_ASSERT_EQUAL(num_text("SAR", false), -1);
    CU_ASSERT_EQUAL(num_text(",5", false), -1);
    CU_ASSERT_EQUAL(num_text("", true), -1);
}

static void test_counts_in_words(void)
{
    CU_ASSERT_EQUAL(words("one"), 1);
    CU_ASSERT_EQUAL(words("Eight (8) hours"), 8);
    CU_ASSERT_EQUAL(words("TWELVE"), 12);
    CU_ASSERT_EQUAL(words("twenty-four"), 24);
    CU_ASSERT_EQUAL(words("twenty four hours"), 24);
    CU_ASSERT_EQUAL(words("twenty hours"), 20);
    CU_ASSERT_EQUAL(words("zero"), 0);
    CU_ASSERT_EQUAL(words("satu"), 1);
    CU_ASSERT_EQUAL(words("delapan jam"), 8);
    CU_ASSERT_EQUAL(words("dua belas jam"), 12);
    CU_ASSERT_EQUAL(words("dua puluh empat"), 24);
    CU_ASSERT_EQUAL(words("sebelas"), 11);
    /* Not a count: another word, a word that runs on, nothing. */
    CU_ASSERT_EQUAL(words("several"), -1);
    CU_ASSERT_EQUAL(words("oneself"), -1);
    CU_ASSERT_EQUAL(words("one1"), -1);
    CU_ASSERT_EQUAL(words(""), -1);
    CU_ASSERT_EQUAL(words("8"), -1); /* figures are read by the caller */
}

static bool same(const char *a, const char *b)
{
    return ra_str_same_words(a, strlen(a), b, strlen(b));
}

static void test_same_words(void)
{
    CU_ASSERT_TRUE(same("Domestic Worker", "domestic worker"));
    CU_ASSERT_TRUE(same("domestic-worker", "DOMESTIC  WORKER"));
    CU_ASSERT_TRUE(same("house-maid", "housemaid"));
    CU_ASSERT_TRUE(same("", " - "));
    CU_ASSERT_TRUE(same("penata laksana rumah tangga", "Penata Laksana Rumah Tangga"));
    CU_ASSERT_FALSE(same("cook", "cooks"));
    CU_ASSERT_FALSE(same("caregiver", "farm worker"));
    CU_ASSERT_FALSE(same("cook", ""));
    /* Non-ASCII bytes compare exactly: no case folding outside ASCII. */
    CU_ASSERT_TRUE(same("ni\xc3\xb1"
                        "era",
                        "NI\xc3\xb1"
                        "ERA"));
    CU_ASSERT_FALSE(same("ni\xc3\xb1"
                         "era",
                         "nina"));
}

/* Regression (tests/contracts6): the rows of a cost table and the items of a
 * checklist carry no full stop, so they ran together into one sentence and a
 * row or item was reported at the line of the first one. Each row and each
 * item is now a sentence of its own; the separator line is dropped. */
static void test_tables_and_checklists(void)
{
    ra_contract_text t = cut("SCHEDULE OF COSTS\n"
                             "\n"
                             "Item | Amount | Paid by\n"
                             "--- | --- | ---\n"
                             "Air ticket | free | the Employer\n"
                             "Training | USD 300 | the Worker\n"
                             "\n"
                             "[x] Medical examination done\n"
                             "[ ] Orientation attended\n"
                             "\xe2\x9c\x93 Contract copy received\n"
                             "\n"
                             "Label | value\n"
                             "\n"
                             "Costs are shared as follows | see\n"
                             "the table.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 9);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Item | Amount | Paid by");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Air ticket | free | the Employer");
    CU_ASSERT_EQUAL(t.sentences[2].line, 5);
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "Training | USD 300 | the Worker");
    CU_ASSERT_EQUAL(t.sentences[3].line, 6);
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "Medical examination done");
    CU_ASSERT_EQUAL(t.sentences[4].line, 8);
    CU_ASSERT_STRING_EQUAL(t.sentences[5].text, "Orientation attended");
    CU_ASSERT_STRING_EQUAL(t.sentences[6].text, "Contract copy received");
    CU_ASSERT_EQUAL(t.sentences[6].line, 10);
    CU_ASSERT_EQUAL(t.sentences[8].line, 14);
    /* One bar outside a table is read as it is. */
    CU_ASSERT_STRING_EQUAL(t.sentences[7].text, "Label | value");
    CU_ASSERT_STRING_EQUAL(t.sentences[8].text, "Costs are shared as follows | see the table.");
    ra_contract_text_free(&t);
}

/* A contract laid out as a table: a cell that wraps goes on in the rows
 * below, whose first cell is empty; the row is read joined, cell by cell,
 * at the line it starts on. */
static void test_wrapped_table_cells(void)
{
    ra_contract_text t = cut("| No. | Subject     | Agreed term                  |\n"
                             "|-----|-------------|------------------------------|\n"
                             "| 12  | Travel and  | Repatriation of the Worker   |\n"
                             "|     | Return Home | is at the cost of the twenty-|\n"
                             "|     |             | four member household.       |\n"
                             "| 13  | Rest        | One day in every seven.      |\n"
                             "|     | wrong       | row | with four cells |\n"
                             "The end.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 5);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "| No. | Subject | Agreed term |");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text,
                           "| 12 | Travel and Return Home | Repatriation of the Worker is at the "
                           "cost of the twenty-four member household.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 3);
    CU_ASSERT_EQUAL(t.sentences[1].end_line, 5);
    /* a row of its own (its closing bar is no sentence); a line with
     * another number of cells is not its continuation; the rule is dropped */
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "| 13 | Rest | One day in every seven.");
    CU_ASSERT_EQUAL(t.sentences[2].line, 6);
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "| | wrong | row | with four cells |");
    CU_ASSERT_EQUAL(t.sentences[3].line, 7);
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "The end.");
    CU_ASSERT_EQUAL(t.sentences[4].line, 8);
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts8): a table laid out with spaces ran into one
 * sentence with its header, so a finding in any row sat on the header line. */
static void test_spaced_table_rows(void)
{
    ra_contract_text t = cut("SCHEDULE 1 - COSTS\n"
                             "Item                     Amount       Paid by\n"
                             "Outward air ticket       at cost      The Employer\n"
                             "Pre-departure loan       PHP 58,000   Repaid by the Worker\n"
                             "Monthly salary:          SAR 1,500\n"
                             "Wages are paid by   bank transfer.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 6);
    /* the cells between bars, as a table's */
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Item | Amount | Paid by");
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text,
                           "Pre-departure loan | PHP 58,000 | Repaid by the Worker");
    CU_ASSERT_EQUAL(t.sentences[3].line, 4);
    /* one gap right after a row is a row too (a label's gap stays a space);
     * a lone gap in prose is not */
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "Monthly salary: SAR 1,500");
    CU_ASSERT_EQUAL(t.sentences[5].line, 6);
    ra_contract_text_free(&t);

    /* two columns, a term and its value starting in the same column, or
     * after a tab: each line a row; a value that wraps onto lines indented
     * to its column goes on */
    t = cut("Term               Details\n"
            "Mobile phone       Not kept by the employer\n"
            "Passport           Kept by the company HR\n"
            "Monthly salary     The Employer pays a basic salary of\n"
            "                   RM1,800 per month, and\n"
            "Phone              kept by the worker\n"
            "\n"
            "Item\tAmount\tPaid by\n"
            "Placement fee\t \tSGD 2,400\t\tWorker\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 7);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Mobile phone | Not kept by the employer");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Passport | Kept by the company HR");
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text,
                           "Monthly salary | The Employer pays a basic salary of RM1,800 per month, and");
    /* the wrapped value kept the column: the next term is a row of its own */
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "Phone | kept by the worker");
    CU_ASSERT_STRING_EQUAL(t.sentences[6].text, "Placement fee | SGD 2,400 | Worker");
    CU_ASSERT_EQUAL(t.sentences[6].line, 9);
    ra_contract_text_free(&t);

    /* a row as the text's very first line: nothing before it is read (under
     * AddressSanitizer, a read before the text fails this test) */
    static const char first[] = "Item     Amount     Paid by\n";
    char *heap = malloc(sizeof first - 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(heap);
    memcpy(heap, first, sizeof first - 1);
    CU_ASSERT_EQUAL(ra_contract_text_parse(heap, sizeof first - 1, &t, NULL, 0), RA_CT_OK);
    CU_ASSERT_EQUAL_FATAL(t.n, 1);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Item | Amount | Paid by");
    ra_contract_text_free(&t);
    free(heap);
}

/* An e-mail's quoted text reads as if unquoted: a quoted sentence wrapped
 * over lines is one, and a line of marks alone is a blank line. */
static void test_quoted_mail(void)
{
    ra_contract_text t = cut("Noted, we agree.\n"
                             "\n"
                             "> On Mon, 2 Mar 2026, Mr Tan wrote:\n"
                             "> The agency fee of SGD 3,000 will be\n"
                             ">> deducted from her first three salaries\n"
                             ">\n"
                             "> Regards\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text,
                           "On Mon, 2 Mar 2026, Mr Tan wrote: The agency fee of SGD 3,000 will be "
                           "deducted from her first three salaries");
    CU_ASSERT_EQUAL(t.sentences[1].line, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Regards");
    ra_contract_text_free(&t);
}

/* A record's legend: its codes and their meanings, from the text as laid
 * out (entries after ';' on one line, meanings that wrap onto indented
 * lines, an indented line that explains no code skipped); where it ends. */
static void test_legend(void)
{
    ra_contract_text t = cut("passport_custody: HLD/EMP\n"
                             "\n"
                             "LEGEND\n"
                             "  Y / N        yes / no\n"
                             "  EMP          the employer;  AGY  the agency\n"
                             "  HLD          held by the party named until\n"
                             "               the contract ends\n"
                             "  W            one letter: no code\n"
                             "  CO-PAID paid by the company\n"
                             "The end.\n");
    const ra_legend *l = &t.legend;
    CU_ASSERT_EQUAL_FATAL(l->n, 4);
    CU_ASSERT_STRING_EQUAL(l->items[0].code, "EMP");
    CU_ASSERT_STRING_EQUAL(l->items[0].meaning, "the employer");
    CU_ASSERT_STRING_EQUAL(l->items[1].code, "AGY");
    CU_ASSERT_STRING_EQUAL(l->items[2].meaning, "held by the party named until the contract ends");
    CU_ASSERT_STRING_EQUAL(l->items[3].code, "CO-PAID");
    CU_ASSERT_EQUAL(l->first_line, 3);
    CU_ASSERT_EQUAL(l->last_line, 9);
    const char *v = "custody: HLD/EMP, EMPLOYER";
    CU_ASSERT_PTR_EQUAL(ra_legend_code_at(l, v, strlen(v), 9), &l->items[2]);
    CU_ASSERT_PTR_EQUAL(ra_legend_code_at(l, v, strlen(v), 13), &l->items[0]);
    CU_ASSERT_PTR_NULL(ra_legend_code_at(l, v, strlen(v), 18)); /* EMPLOYER is no code */
    ra_contract_text_free(&t);

    /* "legend:" with "CODE: meaning" entries; a legend of one entry is none */
    t = cut("passport: HC\nlegend:\n  HC: held by HR\n  SELF: kept by the employee\n");
    CU_ASSERT_EQUAL(t.legend.n, 2);
    ra_contract_text_free(&t);
    t = cut("KEY\n  HC: held by HR\n");
    CU_ASSERT_EQUAL(t.legend.n, 0);
    CU_ASSERT_PTR_NULL(t.legend.items);
    ra_contract_text_free(&t);
}

/* Regression (tests/contracts12): an offer sheet in capitals with dot
 * leaders ran into one sentence; each "LABEL ..... value" line is one. */
static void test_dot_leader_labels(void)
{
    ra_contract_text t = cut("SALARY ........... SAR 1,500 PER MONTH\n"
                             "DUTY HOURS ....... MAX. 10 HRS/DAY\n"
                             "AIR TICKET ....... FREE, TO SITE AND BACK HOME\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "DUTY HOURS ....... MAX. 10 HRS/DAY");
    CU_ASSERT_EQUAL(t.sentences[2].line, 3);
    ra_contract_text_free(&t);
}

/* Offer sheets and forms write "label: value" lines without a full stop; each
 * starts a sentence, except the first item after a lead-in ending in ':' or a
 * line after a sentence left open by a word like "the" or "by". */
static void test_label_lines(void)
{
    ra_contract_text t = cut("Pay: S$750 a month\n"
                             "Rest day: Sunday\n"
                             "Phone: kept by madam\n"
                             "\n"
                             "The Worker pays the following:\n"
                             "Visa fee: USD 100\n"
                             "Medical: USD 50\n"
                             "The salary is paid by the\n"
                             "Employer: in cash.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 6);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Pay: S$750 a month");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Rest day: Sunday");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text, "Phone: kept by madam");
    CU_ASSERT_EQUAL(t.sentences[2].line, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[3].text, "The Worker pays the following: Visa fee: USD 100");
    CU_ASSERT_STRING_EQUAL(t.sentences[4].text, "Medical: USD 50");
    CU_ASSERT_EQUAL(t.sentences[4].line, 7);
    /* A line that only looks like a label continues a sentence left open by
     * a word that cannot end one. */
    CU_ASSERT_STRING_EQUAL(t.sentences[5].text, "The salary is paid by the Employer: in cash.");
    ra_contract_text_free(&t);
    /* A label line ends with its line when the next one starts a sentence;
     * a value wrapped to a line in small letters goes on. */
    t = cut("Hours: from 6 a.m. until late\n"
            "The Worker rests on Sunday.\n"
            "Duties: cooking and caring for\n"
            "the elderly mother.\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Hours: from 6 a.m. until late");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "The Worker rests on Sunday.");
    CU_ASSERT_EQUAL(t.sentences[1].line, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text,
                           "Duties: cooking and caring for the elderly mother.");
    ra_contract_text_free(&t);
    /* Values aligned in a column after the colon. */
    t = cut("Weekly rest:        Friday, 24 hours\n"
            "Help line:          the Ministry of Manpower\n"
            "Remark:   \n");
    CU_ASSERT_EQUAL_FATAL(t.n, 2);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text, "Weekly rest: Friday, 24 hours");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Help line: the Ministry of Manpower Remark:");
    CU_ASSERT_EQUAL(t.sentences[1].line, 2);
    ra_contract_text_free(&t);    /* Form fields: a longer label with boxes or a blank after it starts a
     * sentence, and "max." or "min." inside a blank ends none. */
    t = cut("Normal working hours: ___max. 10 a day, min. 8 hours rest___\n"
            "Weekly rest day(s) actually given: __0__\n"
            "Visa, medical and insurance costs:  [ ] worker  [X] employer\n"
            "Tick [X] where it applies (approx. as agreed)\n");
    CU_ASSERT_EQUAL_FATAL(t.n, 3);
    CU_ASSERT_STRING_EQUAL(t.sentences[0].text,
                           "Normal working hours: ___max. 10 a day, min. 8 hours rest___");
    CU_ASSERT_STRING_EQUAL(t.sentences[1].text, "Weekly rest day(s) actually given: __0__");
    CU_ASSERT_STRING_EQUAL(t.sentences[2].text,
                           "Visa, medical and insurance costs: [ ] worker [X] employer Tick [X] "
                           "where it applies (approx. as agreed)");
    CU_ASSERT_EQUAL(t.sentences[2].line, 3);
    ra_contract_text_free(&t);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("contracts", NULL, NULL);
    CU_add_test(s, "capitals wrapped over lines stay one sentence", test_capitals_wrapped);
    CU_add_test(s, "dot leaders do not end a sentence", test_dot_leaders);
    CU_add_test(s, "figures wrapped to a line start are not clause numbers",
                test_figures_at_line_start);
    CU_add_test(s, "a.m. and p.m. do not end a sentence", test_times_of_day);
    CU_add_test(s, "article labels are headings", test_article_labels);
    CU_add_test(s, "two columns are read one after the other", test_two_columns);
    CU_add_test(s, "title-case heading lines are headings", test_title_case_headings);
    CU_add_test(s, "numbered sentence-case headings are headings", test_sentence_case_headings);
    CU_add_test(s, "page markers do not cut a sentence", test_page_markers);
    CU_add_test(s, "table rows and checklist items are sentences", test_tables_and_checklists);
    CU_add_test(s, "label lines start a sentence", test_label_lines);
    CU_add_test(s, "table cells that wrap are joined", test_wrapped_table_cells);
    CU_add_test(s, "rows of a table laid out with spaces", test_spaced_table_rows);
    CU_add_test(s, "quoted text of an e-mail", test_quoted_mail);
    CU_add_test(s, "the codes a legend explains", test_legend);
    CU_add_test(s, "offer-sheet labels with dot leaders", test_dot_leader_labels);
    CU_add_test(s, "sentences, lines, normalisation", test_sentences_and_lines);
    CU_add_test(s, "an amount at the start of a line", test_amount_at_line_start);
    CU_add_test(s, "the 64 KiB bound falls between characters", test_bound_between_characters);
    CU_add_test(s, "binary text, links, missing files", test_binary_and_files);
    CU_add_test(s, "negation window, captures, limits", test_negation_window_and_captures);
    CU_add_test(s, "answers remembered by subject", test_remembered_answers);
    CU_add_test(s, "many questions of one subject", test_many_questions_one_subject);
    CU_add_test(s, "counts in words", test_counts_in_words);
    CU_add_test(s, "numbers with the language's separators", test_numbers_in_text);
    CU_add_test(s, "the same words", test_same_words);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
