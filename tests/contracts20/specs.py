# -*- coding: utf-8 -*-
"""Contract data of batch 20 (Z-001 .. Z-044): parties, terms, the abusive
clauses (each written once, for its contract), the Indonesian look-alikes
and the CTR-010 decoys.  All wording written for this batch.

'^' marks where an abusive part starts inside an item (otherwise at the
item's start); '{PB}' forces a page break after the line it ends on.
"""

SEED = 20262020

_DEST = {
    # code: country, complaint body (English), export code, weekly rest day
    'SA': ('Saudi Arabia', 'the Ministry of Human Resources and Social Development '
           '(hotline 19911)', 'SA_HRSD_HOTLINE_19911', 'Friday'),
    'AE': ('the United Arab Emirates', 'MOHRE, the Ministry of Human Resources and '
           'Emiratisation (600590000)', 'AE_MOHRE_600590000', 'Friday'),
    'QA': ('Qatar', 'the Ministry of Labour in Doha or its online complaints service',
           'QA_MOL_ONLINE', 'Friday'),
    'KW': ('Kuwait', 'PAM, the Public Authority for Manpower (domestic labour section)',
           'KW_PAM_DOMESTIC', 'Friday'),
    'OM': ('Oman', 'the Ministry of Labour in Muscat', 'OM_MOL', 'Friday'),
    'BH': ('Bahrain', 'the Labour Market Regulatory Authority (LMRA) in Manama',
           'BH_LMRA', 'Friday'),
    'JO': ('Jordan', 'the Ministry of Labour in Amman', 'JO_MOL', 'Friday'),
    'HK': ('Hong Kong', 'the Labour Department (2717 1771)', 'HK_LD_27171771', 'Sunday'),
    'TW': ('Taiwan', 'the 1955 hotline of the Ministry of Labor', 'TW_MOL_1955', 'Sunday'),
    'MY': ('Malaysia', 'the Labour Department (Jabatan Tenaga Kerja) of Malaysia',
           'MY_JTK', 'Sunday'),
    'SG': ('Singapore', 'the Ministry of Manpower (MOM)', 'SG_MOM', 'Sunday'),
    'CY': ('Cyprus', 'the Department of Labour Relations in Nicosia', 'CY_DLR', 'Sunday'),
    'BN': ('Brunei', 'the Labour Department (Jabatan Buruh) of Brunei', 'BN_JB', 'Sunday'),
}

DEST = {}
for _k, (_c, _a, _code, _rd) in _DEST.items():
    DEST[_k] = {
        'country': _c, 'auth_en': _a, 'auth_code': _code, 'restday': _rd,
        'hours_dom': 'Not more than ten hours of work in any day, and an unbroken '
                     'night rest of at least eight hours.',
        'hours_co': 'Eight hours a day and forty-eight hours a week; overtime only '
                    'with the Employee\'s agreement, paid at 125% of the hourly rate.',
        'h_day_dom': 'MAX_10', 'h_week_dom': 'MAX_60',
        'h_day_co': '8', 'h_week_co': '48',
        'hrow_dom': 'at most 10 per day, with 8 hours\' unbroken rest at night',
        'hrow_co': '8 per day, 48 per week',
    }

ORIG = {
    'PH': {'country': 'the Philippines', 'adj': 'a Filipino', 'airport': 'Manila',
           'mission_en': 'the Migrant Workers Office at the Philippine Embassy or Consulate',
           'mission_code': 'PH_MWO_EMBASSY'},
    'ID': {'country': 'Indonesia', 'adj': 'an Indonesian', 'airport': 'Jakarta',
           'mission_en': 'the Indonesian Embassy or Consulate (KBRI / KJRI)',
           'mission_code': 'ID_KBRI_KJRI'},
    'NP': {'country': 'Nepal', 'adj': 'a Nepali', 'airport': 'Kathmandu',
           'mission_en': 'the Embassy of Nepal', 'mission_code': 'NP_EMBASSY'},
    'BD': {'country': 'Bangladesh', 'adj': 'a Bangladeshi', 'airport': 'Dhaka',
           'mission_en': 'the labour wing of the Bangladesh Embassy',
           'mission_code': 'BD_LABOUR_WING'},
    'KE': {'country': 'Kenya', 'adj': 'a Kenyan', 'airport': 'Nairobi',
           'mission_en': 'the Kenyan Embassy', 'mission_code': 'KE_EMBASSY'},
    'ET': {'country': 'Ethiopia', 'adj': 'an Ethiopian', 'airport': 'Addis Ababa',
           'mission_en': 'the Ethiopian Consulate', 'mission_code': 'ET_CONSULATE'},
    'UG': {'country': 'Uganda', 'adj': 'a Ugandan', 'airport': 'Entebbe',
           'mission_en': 'the Embassy of Uganda', 'mission_code': 'UG_EMBASSY'},
    'IN': {'country': 'India', 'adj': 'an Indian', 'airport': 'Kochi',
           'mission_en': 'the Embassy of India', 'mission_code': 'IN_EMBASSY'},
    'LK': {'country': 'Sri Lanka', 'adj': 'a Sri Lankan', 'airport': 'Colombo',
           'mission_en': 'the Sri Lanka Embassy', 'mission_code': 'LK_EMBASSY'},
    'MM': {'country': 'Myanmar', 'adj': 'a Myanmar', 'airport': 'Yangon',
           'mission_en': 'the Myanmar Embassy', 'mission_code': 'MM_EMBASSY'},
    'VN': {'country': 'Vietnam', 'adj': 'a Vietnamese', 'airport': 'Hanoi',
           'mission_en': 'the Vietnam Economic and Cultural Office',
           'mission_code': 'VN_VECO'},
    'PK': {'country': 'Pakistan', 'adj': 'a Pakistani', 'airport': 'Lahore',
           'mission_en': 'the Community Welfare Attache of the Pakistan Embassy',
           'mission_code': 'PK_CWA'},
}


def K(cid, lang, role, sector, dest, origin, sex, reg, wage, cur, **kw):
    c = dict(id=cid, lang=lang, role=role, sector=sector, dest=dest, origin=origin,
             sex=sex, reg=reg, wage=wage, cur=cur)
    c['hk'] = 'dom' if sector in ('domestic', 'care') else 'co'
    c.update(kw)
    c.setdefault('abuses', [])
    c['schedule'] = reg
    c.setdefault('pov', {'redline': 'parties', 'export': 'record', 'transcript': 'dialogue',
                         'codeswitch': 'parties', 'reference': 'parties',
                         'adendum': 'parties', 'whatsapp': 'announce',
                         'keterangan': 'certifier'}[reg])
    c.setdefault('numbering', {'redline': 'dotted', 'export': 'fields', 'transcript': 'turns',
                               'codeswitch': 'dotted', 'reference': 'decimal',
                               'adendum': 'pasal', 'whatsapp': 'messages',
                               'keterangan': 'numbered'}[reg])
    if reg == 'reference':
        c.setdefault('definitions', 0)
    if reg == 'keterangan':
        c['bilingual'] = 1
    return c


def A(rule, t, **kw):
    d = dict(r=rule, t=t)
    d.update(kw)
    return d


# ------------------------------------------------------------ transcripts

def tdefaults(c, wage_words, rest_words, ret_words, comp_words, hours_words=None):
    """Mandatory turns of a transcript, from per-contract wording."""
    c['t_wage'] = wage_words
    c['t_hours'] = hours_words or (
        '{I}: Working hours -- how many a day?\n'
        '{A}: Maximum ten hours a day. And at night she sleeps eight hours minimum, '
        'nobody wakes her up for work.'
        if c['hk'] == 'dom' else
        '{I}: And the hours?\n'
        '{A}: Eight hours, six days, so forty-eight a week. Overtime only if he says yes, '
        'and it is paid extra.')
    c['t_rest'] = rest_words
    c['t_return'] = ret_words
    c['t_complaint'] = comp_words
    return c


# ------------------------------------------------------------ code-switch

def _nothe(s):
    return s[4:] if s.startswith('the ') else s


def cs_ph(c, wage_line, employer_line, extra_neutral=()):
    d = DEST[c['dest']]
    c['c_head'] = ['=TERMS OF EMPLOYMENT / MGA KONDISYON NG TRABAHO',
                   '=%s - %s' % (c['job'].upper(), d['country'].upper()),
                   '=%s' % c['agency'],
                   '=Ipinaliwanag sa worker sa Taglish, %s' % c.get('signed', '10 January 2026'),
                   '']
    c['c_first'] = [employer_line,
                    'Worker: %s, passport no. %s. Position: %s. Contract: 2 taon (24 months) '
                    'mula pagdating sa %s.' % (c['worker'], c['passport'], c['job'], d['country'])]
    c['c_wage'] = wage_line
    c['c_hours'] = ('Oras ng trabaho: hanggang 10 oras lang a day, at dapat may hindi bababa '
                    'sa 8 oras na tuloy-tuloy na tulog sa gabi.' if c['hk'] == 'dom' else
                    'Oras ng trabaho: 8 hours a day, 48 hours a week. Ang overtime ay '
                    'voluntary at may dagdag na bayad.')
    c['c_rest'] = ('Day off: isang buong araw (24 hours) kada linggo, kadalasan %s.' % d['restday'])
    c['c_return'] = ('Ticket pauwi: sagot ng employer ang plane ticket pauwi ng Manila sa '
                     'pagtatapos ng contract, o kung matapos ito nang maaga.')
    c['c_complaint'] = ('Kung may problema: pwede kang lumapit sa %s, o sa Migrant Workers '
                        'Office (MWO) ng Philippine Embassy. Walang parusa sa pagrereklamo.'
                        % _nothe(d['auth_en']))
    c['c_neutral'] = list(extra_neutral) + [
        'Pagkain at tirahan: libre ang pagkain at may sariling kama at kumot; '
        'may aircon o electric fan ang kwarto.',
        'Medical: sagot ng employer ang gamot at pagpapagamot habang nasa trabaho.',
    ]
    c['c_tail'] = ['=Pirma ng Worker: ______________   Pirma ng Agency: ______________',
                   '=Petsa: %s' % c.get('signed', '10 January 2026')]
    return c


def cs_id(c, wage_line, employer_line, extra_neutral=()):
    d = DEST[c['dest']]
    c['c_head'] = ['=JOB OFFER & SYARAT KERJA / TERMS OF EMPLOYMENT',
                   '=%s - %s' % (c['job'].upper(), d['country'].upper()),
                   '=%s' % c['agency'],
                   '=Dijelaskan ke CPMI dalam bahasa campur, %s' % c.get('signed', '8 January 2026'),
                   '']
    c['c_first'] = [employer_line,
                    'Worker: %s, paspor no. %s. Job: %s. Kontrak 2 tahun (24 bulan) '
                    'sejak tiba di %s.' % (c['worker'], c['passport'], c['job'], d['country'])]
    c['c_wage'] = wage_line
    c['c_hours'] = ('Working hours: maksimal 10 jam kerja per hari, istirahat malam minimal '
                    '8 jam tanpa diganggu.' if c['hk'] == 'dom' else
                    'Working hours: 8 jam per hari, 48 jam per minggu; lembur hanya kalau '
                    'worker setuju, dibayar extra.')
    c['c_rest'] = ('Day off: 1 hari libur penuh (24 jam) setiap minggu, biasanya hari %s.'
                   % {'Sunday': 'Minggu', 'Friday': 'Jumat'}[d['restday']])
    c['c_return'] = ('Tiket pulang: majikan yang bayar tiket pesawat pulang ke Indonesia '
                     'waktu kontrak selesai, atau kalau kontrak berhenti lebih cepat.')
    c['c_complaint'] = ('Kalau ada masalah: boleh lapor ke %s, ke KDEI/KBRI/KJRI, atau ke '
                        'Crisis Center BP2MI. Tidak ada sanksi untuk yang melapor.' % _nothe(d['auth_en']))
    c['c_neutral'] = list(extra_neutral) + [
        'Makan & kamar: makan 3x sehari gratis, kamar atau tempat tidur sendiri.',
        'Medical: biaya berobat selama kerja ditanggung majikan dan asuransi.',
    ]
    c['c_tail'] = ['=Tanda tangan CPMI: ______________   Agency: ______________',
                   '=Tanggal: %s' % c.get('signed', '8 January 2026')]
    return c


CONTRACTS = []
add = CONTRACTS.append

# =========================================================================
# REDLINE (tracked changes)
# =========================================================================

add(K('Z-001', 'en', 'abuse', 'domestic', 'SA', 'PH', 'F', 'redline', 1500, 'SAR',
      employer='Mr. Fahad Saleh Al-Otaibi', emp_addr='Al Malqa district, Riyadh',
      worker='Maricel D. Santos', passport='P4821937B',
      agency='Bright Pathways Manpower Services Inc. (Manila)', job='domestic worker',
      site="the Employer's residence", city='Riyadh', payday='fifth',
      abuses=[
          A('CTR-001', "Travel documents. The Employer shall [deleted: not] keep the "
            "Employee's passport and iqama [deleted: ; she holds both at all times] "
            "[inserted: in the family safe for the whole period of service]. Comment "
            "[AB1]: as agreed with the sponsor's wife on the phone - AB"),
          A('CTR-009', "Disputes. [inserted: Any disagreement about wages or treatment is "
            "settled between the Employer and the Agency's Riyadh office alone, and the Employee undertakes not to approach the Labour Office, the Philippine "
            "Embassy or the police about it.] Comment [AB2]: new text asked for by the principal."),
          A('CTR-005', "Medical fitness. The Employee is examined on arrival for fitness to "
            "work. ^{+A pregnancy test is also taken on arrival and every six months; if a "
            "test is positive the contract ends and the Employee is flown home.+}"),
      ]))

add(K('Z-006', 'en', 'abuse', 'hospitality', 'AE', 'KE', 'F', 'redline', 1800, 'AED',
      employer='Palm Crescent Hotels LLC', emp_addr='Sheikh Zayed Road, Dubai',
      worker='Faith Wanjiru Mwangi', passport='AK0398271',
      agency='Savanna Gate Recruitment Ltd (Nairobi)', job='housekeeping attendant',
      site='Palm Crescent Downtown Hotel', city='Dubai', payday='seventh',
      abuses=[
          A('CTR-002', "Recruitment costs. The Employer bears the visa, medical and flight "
            "costs ^{+but the Agency's placement fee of AED 3,500 is paid by the Employee and "
            "taken from her first five salaries at AED 700 a month+}."),
          A('CTR-008', "Moving to another employer. ~~The Employee may move to another employer after "
            "the probation period, and the Employer signs the release without charge.~~ "
            "^{+The Employee shall not take up work for a different employer in the UAE while "
            "this contract runs, and the Employer will not sign a release or cancellation "
            "for that purpose.+} Comment [JN3]: group policy - keep."),
      ]))

add(K('Z-011', 'en', 'abuse', 'domestic', 'HK', 'ID', 'F', 'redline', 4990, 'HKD',
      employer='Mrs. Cheung Wai Ling', emp_addr='Flat 12B, Block 3, Laguna City, Kwun Tong',
      worker='Siti Nurhaliza binti Darsono', passport='C2917734',
      agency='PT Anugerah Jaya Sentosa (Malang) with Harbour Star Employment Agency',
      job='foreign domestic helper', site="the Employer's flat", city='Kowloon',
      payday='seventh', typographic=1,
      abuses=[
          A('CTR-006', "Private life. [deleted: The Helper's private life is her own "
            "affair.] ^[inserted: The Helper shall not have a boyfriend, marry or get engaged "
            "while employed under this contract, and a breach is a ground for summary "
            "dismissal.]"),
          A('CTR-004', "Weekly rest. One 24-hour rest day every week, normally "
            "Sunday{PB} ~~, which the Helper may spend as she wishes~~ ^{+to be spent inside "
            "the Employer's flat; the Helper may leave it only together with a member of the "
            "family+}.", replace='rest'),
      ]))

add(K('Z-016', 'en', 'abuse', 'construction', 'OM', 'IN', 'M', 'redline', 150, 'OMR',
      employer='Al Wadi Contracting & Trading LLC', emp_addr='Ghala Industrial Area, Muscat',
      worker='Rajesh Kumar Pillai', passport='V5503128',
      agency='Malabar Overseas Manpower Consultants (Kochi)', job='steel fixer',
      site='Sohar port expansion site', city='Sohar', payday='tenth',
      abuses=[
          A('CTR-003', "Resignation. The Employee may resign on one month's notice "
            "[deleted: without any deduction] ^[inserted: provided that, if he resigns before "
            "completing 24 months, he repays the Employer OMR 450 towards visa and "
            "recruitment expenses, which may be taken from his end-of-service dues]."),
          A('CTR-007', "Payment of wages. ~~Wages go into the Employee's own bank account.~~ "
            "^{+Wages are credited to a company-controlled payroll account; the Employer keeps "
            "the bank card and hands the Employee OMR 40 in cash each month, the balance being "
            "settled on his final departure.+}"),
      ]))

add(K('Z-021', 'en', 'abuse', 'care', 'TW', 'PH', 'F', 'redline', 20000, 'TWD',
      employer='Mr. Lin Chih-Hao (on behalf of his mother, Mrs. Lin Hsu Mei)',
      emp_addr='No. 18, Lane 42, Zhongshan Road, Banqiao District, New Taipei City',
      worker='Rowena B. Villanueva', passport='P7719045A',
      agency='Northstar Care Placement Agency (Quezon City) and Evergrace Manpower Co. (Taipei)',
      job='home caregiver', site="the care recipient's home", city='New Taipei City',
      payday='tenth',
      abuses=[
          A('CTR-005', "Health checks. The Employee attends the health examinations required "
            "by Taiwan law at 6, 18 and 30 months ^[inserted: and a pregnancy test at each of "
            "them; a positive result is treated as unfitness for work and the contract is "
            "then terminated]."),
          A('CTR-002', "Placement fee. [deleted: No placement fee is charged to the Employee.] "
            "^[inserted: The Employee reimburses the Philippine agency's placement fee of "
            "PHP 54,000 through salary deductions of NT$ 3,000 a month for the first nine "
            "months.]"),
          A('CTR-007', "Savings. {+NT$ 5,000 of each month's salary is kept by the Employer as "
            "compulsory savings and handed over only when the Employee leaves Taiwan once the "
            "contract is over.+} Comment [RL4]: family's request."),
      ]))

add(K('Z-022', 'en', 'abuse', 'manufacturing', 'JO', 'BD', 'F', 'redline', 260, 'JOD',
      employer='Jordan Fine Apparel Co.', emp_addr='Al Hassan Industrial Estate, Irbid',
      worker='Rokeya Begum', passport='EB0847261',
      agency='Padma Overseas Ltd (Dhaka)', job='sewing machine operator',
      site='Factory 2, Al Hassan Industrial Estate', city='Irbid', payday='seventh', caps=1,
      abuses=[
          A('CTR-004', "DORMITORY. THE DORMITORY IS LOCKED AT 8 P.M. AND RESIDENTS [deleted: "
            "MAY LEAVE FREELY ON THEIR DAY OFF] [inserted: GO OUT ONLY IN THE COMPANY BUS, "
            "THEIR DAY OFF INCLUDED]."),
          A('CTR-009', "Grievances inside the factory. The Employee may raise a grievance with "
            "the factory welfare officer. ~~Nothing in this contract stops her from contacting "
            "a union, her embassy or the labour inspectors.~~ ^{+She agrees not to carry any "
            "grievance outside the factory, whether to a union, the Bangladesh Embassy or the "
            "Ministry of Labour, and doing so is a disciplinary offence.+}"),
      ]))

add(K('Z-025', 'en', 'clean', 'domestic', 'CY', 'LK', 'F', 'redline', 500, 'EUR',
      employer='Mr. Andreas Georgiou', emp_addr='14 Makariou Avenue, Strovolos, Nicosia',
      worker='Kumari Dilrukshi Perera', passport='N8826431',
      agency='Lanka Horizon Employment Agency (Colombo)', job='domestic worker',
      site="the Employer's house", city='Nicosia', payday='fifth', draft=2))

add(K('Z-029', 'en', 'ctr010', 'cleaning', 'QA', 'KE', 'M', 'redline', 1200, 'QAR',
      employer='Pearl Facility Services WLL', emp_addr='Street 33, Industrial Area, Doha',
      worker='Brian Otieno Ouma', passport='AK1175390',
      agency='Rift Valley Placement Agency (Nairobi)', job='cleaner',
      site='client sites in Doha (mall and office towers)', city='Doha', payday='seventh',
      missing=['complaint'],
      decoys=[{'t': "Notices. Notices under this contract are given in writing to the "
               "addresses of the parties stated above. [deleted: by fax]"},
              {'t': "Reporting absence. The Employee reports sickness to the site "
               "supervisor ~~after~~ {+before+} the start of the shift."}]))

# =========================================================================
# EXPORT (HR / agency system records)
# =========================================================================

add(K('Z-002', 'en', 'abuse', 'manufacturing', 'MY', 'NP', 'M', 'export', 1700, 'MYR',
      employer='Penang Precision Components Sdn Bhd',
      emp_addr='Plot 88, Bayan Lepas Free Industrial Zone, Penang',
      worker='Bishnu Bahadur Thapa', passport='PA0912276',
      agency='Himal Sagar Overseas Pvt Ltd', job='production operator',
      site='Plant 2', city='Bayan Lepas', system='WorkForceLink HRMS 5.3',
      record='WFL-PP-2026-0113', exporter='hr.admin02',
      abuses=[
          A('CTR-002', "=^placement fee (Kathmandu agent); MYR 3,600; WKR; PRD 6 x MYR 600",
            sec='FEES'),
          A('CTR-004', "=rest_days_per_week: 0; rest_day_work: COMPULSORY_PAID_IN_LIEU",
            sec='TIME', replace='rest_day'),
      ]))

add(K('Z-007', 'en', 'abuse', 'domestic', 'SA', 'ET', 'F', 'export', 1000, 'SAR',
      employer='Mrs. Nora Abdullah Al-Harbi', emp_addr='Al Rawdah district, Jeddah',
      worker='Tigist Alemu Bekele', passport='EP3381904',
      agency='Abyssinia Link Employment Agency PLC', job='house maid',
      site="the Employer's villa", city='Jeddah', system='Musaned-compatible AgencyDesk',
      record='AD-JED-88217', exporter='ops.jeddah', caps=1,
      abuses=[
          A('CTR-001', "=passport_custody: HLD/EMP\n=iqama_custody: HLD/EMP", sec='DOCUMENTS'),
          A('CTR-005', "=pregnancy_test_on_arrival: Y\n=pregnancy_test_every_months: 6\n"
            "=if_pregnancy_test_positive: TERMINATE_AND_REPATRIATE", sec='MEDICAL'),
          A('CTR-009', ">4|EXTERNAL_COMPLAINTS: N - ALL DISPUTES GO TO AGY; THE WORKER DOES NOT "
            "CONTACT HRSD, THE POLICE OR HER CONSULATE", sec='GRIEVANCE'),
      ]))

add(K('Z-012', 'en', 'abuse', 'manufacturing', 'TW', 'VN', 'F', 'export', 28590, 'TWD',
      employer='Formosa Circuit Assembly Co., Ltd.',
      emp_addr='No. 6, Gongye 3rd Road, Guanyin District, Taoyuan City',
      worker='Nguyen Thi Hoa', passport='C6624071', agency='Hong Phat Labour JSC (Hanoi) / '
      'Dragon Bridge Manpower Agency (Taoyuan)', job='assembly line operator',
      site='SMT line building B', city='Taoyuan', system='BrokerOne TW 2.8',
      record='BO-TY-26-04471', exporter='vn.desk',
      abuses=[
          A('CTR-007', "=salary_payout: HLD/AGY; cash_allowance_monthly: 3000; "
            "balance_release: CONTRACT_END\n=atm_card_holder: AGY", sec='PAY'),
          A('CTR-008', "=employer_change_allowed: FALSE; release_letter: NOT_ISSUED; "
            "period: WHOLE_CONTRACT", sec='CONDUCT'),
      ]))

add(K('Z-017', 'en', 'abuse', 'domestic', 'SG', 'MM', 'F', 'export', 650, 'SGD',
      employer='Mr. Tan Boon Keat', emp_addr='Blk 418 Tampines Street 41, #09-233, Singapore',
      worker='Aye Aye Mon', passport='MG442195', agency='Golden Lotus Employment (Yangon) / '
      'Orchid Maid Agency Pte Ltd', job='migrant domestic worker',
      site="the Employer's HDB flat", city='Singapore', system='MaidPro Agency Suite',
      record='MP-SG-2026-0219', exporter='counter3',
      abuses=[
          A('CTR-008', "=transfer_request_by_worker: REJECT; employer_consent_to_transfer: "
            "NEVER", sec='CONDUCT'),
          A('CTR-003', "=family guarantee bond (Yangon); MMK 2,000,000; WKR; FORFEIT IF "
            "WORKER LEAVES BEFORE 24M\n=guarantor_name: U Kyaw Min (father)", sec='FEES'),
      ]))

add(K('Z-026', 'en', 'clean', 'construction', 'SG', 'BD', 'M', 'export', 1100, 'SGD',
      employer='Lion City Builders Pte Ltd', emp_addr='21 Tuas Avenue 8, Singapore',
      worker='Mohammad Rafiqul Islam', passport='EF1920573', agency='Karnaphuli Human '
      'Resources (Dhaka) / StraitsBuild Manpower Pte Ltd', job='formwork carpenter',
      site='Tengah housing project', city='Singapore', system='SiteHR Cloud',
      record='SH-LCB-0441', exporter='payroll.lcb'))

add(K('Z-030', 'en', 'ctr010', 'manufacturing', 'MY', 'MM', 'M', 'export', 1700, 'MYR',
      employer='Klang Valley Rubber Gloves Sdn Bhd', emp_addr='Lot 7, Jalan Kebun, Klang, Selangor',
      worker='Min Thu Aung', passport='MF208816', agency='Shwe Pyi Overseas Employment',
      job='glove stripping operator', site='Factory 4', city='Klang', system='WorkForceLink HRMS 5.3',
      record='WFL-KV-2026-0380', exporter='hr.klang',
      missing=['hours', 'rest'],
      decoys=[{'t': '=shift_pattern: ROTATING_A_B_C; roster_published: FRIDAY_NOTICE_BOARD',
               'sec': 'TIME'},
              {'t': '=public_holidays_paid: Y', 'sec': 'TIME'}]))

add(K('Z-034', 'en', 'pair', 'manufacturing', 'TW', 'PH', 'F', 'export', 29500, 'TWD',
      employer='Hsinchu Optical Lens Co., Ltd.', emp_addr='No. 25, Lane 3, Section 2, '
      'Guangfu Road, Hsinchu City', worker='Jennylyn C. Ramos', passport='P2206183B',
      agency='Cordillera Manpower Agency (Baguio) / Bamboo Bridge Manpower (Hsinchu)',
      job='lens polishing operator', site='plant 1', city='Hsinchu', system='BrokerOne TW 2.8',
      record='BO-HC-26-01092', exporter='ph.desk',
      pair={'field': 'wage', 'dest': 27470, 'ocity': 'Baguio City', 'odate': '14 January 2026',
            'dcity': 'Hsinchu', 'ddate': '3 March 2026'}))

# =========================================================================
# TRANSCRIPTS
# =========================================================================

c = K('Z-003', 'en', 'abuse', 'domestic', 'HK', 'PH', 'F', 'transcript', 4990, 'HKD',
      employer='Mrs. Wong Siu Man', emp_addr='Tai Po', worker='Lorna P. Dizon',
      passport='P3390218A', agency='Luzon Starlink Placement Agency', job='domestic helper',
      site='', city='Tai Po', record='NGO-CALL-2026-017', typographic=1,
      spk={'A': 'AGENT', 'W': 'WORKER', 'I': 'NGO'},
      t_kind='pre-departure call', t_note_title="CASEWORKER'S NOTE",
      t_recorded="Recorded by Ana Mae Cruz, caseworker of the Bantay Biyahe migrant desk, "
      "Pasay City, on 15 January 2026, speakerphone call from the desk to the agency, "
      "18 min 40 s, all parties agreeing to the recording.",
      t_speakers="Speakers: NGO = Ana Mae Cruz; AGENT = Ms. Jocelyn Reyes, Luzon Starlink "
      "Placement Agency; WORKER = Lorna P. Dizon, domestic helper going to Hong Kong.",
      t_open="{I}: Good afternoon. We're recording, okay? Ms. Reyes, please tell Lorna the "
      "terms of the contract she'll sign tomorrow.\n{A}: Yes, yes, good afternoon. So, the "
      "employer is Mrs. Wong, in Tai Po, two kids, and the grandmother is also --\n"
      "{W}: The lola also stays with them?\n{A}: Yes, the lola. But she's still strong, "
      "no need to carry her.",
      t_close="{I}: Okay. Anything else before we stop?\n{A}: No, that's all. Tomorrow nine "
      "o'clock for signing.\n{W}: Thank you po.",
      t_summary="The agent said the terms above are those of the written contract and the "
      "agency's own conditions Lorna signs on 16 January 2026. Wage stated: HK$ 4,990 a "
      "month. Follow-up needed on the points raised after the salary was discussed.",
      t_neutral=["{W}: What about food?\n{A}: Free food, or food allowance if you cook "
                 "outside. And you have your own small room."],
      abuses=[
          A('CTR-001', "{W}: Ma'am, sorry, can I keep my passport with me there?\n"
            "^{A}: [laughs] No, no. Madam keeps it -- that's the rule for all our girls, "
            "passport and the HKID card also, until you finish.\n"
            "{I}: Until the end of the contract?\n{A}: Until she goes home, yes."),
          A('CTR-006', "{I}: Is there anything about her personal life?\n"
            "^{A}: Ah, yes, important. No boyfriend, okay? If she gets a boyfriend or marries "
            "while there, the employer can terminate, that's in the conditions.\n"
            "{W}: Even on my day off?\n{A}: Even on your day off."),
          A('CTR-002', "{W}: And the -- the fee. How much do I pay?\n"
            "^{A}: The agency fee in Hong Kong is HK$ 9,000. You pay it from your salary, "
            "HK$ 1,500 a month, six months. Their staff collect it on payday.\n"
            "{I}: Is that in writing?\n{A}: It's on the fee sheet she signs tomorrow."),
      ])
add(tdefaults(c,
    "{I}: How much is the monthly salary?\n{A}: Four thousand nine hundred ninety -- "
    "HK$ 4,990 every month, paid by the seventh, with a payslip.\n{W}: Cash or bank?\n"
    "{A}: Up to you. Bank, or cash with a receipt.",
    "{W}: And day off?\n{A}: Every Sunday, whole day, 24 hours. That's the law in Hong Kong.",
    "{I}: Who pays the ticket home?\n{A}: Employer. End of contract, or if they terminate "
    "early, employer pays the ticket back to Manila.",
    "{I}: If she has a problem there, where can she go?\n{A}: Labour Department, 2717 1771, "
    "or the Migrant Workers Office at the Consulate. It's on the contract."))

c = K('Z-008', 'en', 'abuse', 'construction', 'QA', 'BD', 'M', 'transcript', 1300, 'QAR',
      employer='Al Sadd Building Contractors WLL', emp_addr='Doha', worker='Md. Sohel Rana',
      passport='EC2207719', agency='Meghna Global Recruiting Agency (RL-1482)',
      job='mason', site='', city='Doha', record='DEMO-VIG-26-0042',
      spk={'A': 'AGENT', 'W': 'WORKER', 'I': 'INSPECTOR'},
      t_kind='inspection interview',
      t_recorded="Recorded by Mr. Tanvir Hasan, vigilance inspector of the District "
      "Employment and Manpower Office, Dhaka, on 13 January 2026 at the agency's office in "
      "Purana Paltan, 22 min, during a scheduled inspection; translated from Bangla on the spot.",
      t_speakers="Speakers: INSPECTOR = Mr. Tanvir Hasan; AGENT = Mr. Kamrul Islam, manager, "
      "Meghna Global Recruiting Agency; WORKER = Md. Sohel Rana, mason selected for Qatar.",
      t_open="{I}: I am recording this. Please tell me the terms of Sohel's job in Qatar.\n"
      "{A}: Sure, sure. Mason, with Al Sadd Building Contractors, Doha, two years.",
      t_close="{I}: I will need copies of all papers he signed.\n{A}: We will send by "
      "evening, sir.",
      t_summary="Terms stated by the agent: mason, Al Sadd Building Contractors WLL, Doha, "
      "QAR 1,300 a month for two years. Copies of every document signed by the worker were "
      "requested; see the recording after the hours and rest questions.",
      t_neutral=["{I}: Accommodation?\n{A}: Company camp, Industrial Area, bus to site. "
                 "Food allowance QAR 300 extra."],
      abuses=[
          A('CTR-003', "{I}: Did he sign anything besides the contract?\n{A}: Only the, uh, "
            "the stamp paper.\n{W}: And a blank cheque.\n{I}: What is the stamp paper for?\n"
            "^{A}: It is a promissory note of three lakh taka. If he runs from the company or "
            "comes back before two years, his father is guarantor and pays it. Normal "
            "practice, sir."),
          A('CTR-008', "{W}: If the company is bad, can I go to another company?\n"
            "^{A}: No, not possible. In Qatar you stay with this company the full two years; "
            "the company will not give NOC and we also will not help you change.\n"
            "{I}: Even under the new rules?\n{A}: This company does not do it."),
      ])
add(tdefaults(c,
    "{I}: Salary?\n{A}: One thousand three hundred riyal, QAR 1,300 monthly, into his own "
    "bank account through the WPS, by the seventh.",
    "{I}: Weekly holiday?\n{A}: Friday off, full day, every week.",
    "{I}: Ticket back?\n{A}: Company pays the return ticket to Dhaka after two years, or if "
    "the contract finishes early.",
    "{I}: Complaint channel in Qatar?\n{A}: Ministry of Labour, the online complaint, and "
    "the Bangladesh Embassy labour wing. It's written in the contract."))

c = K('Z-013', 'en', 'abuse', 'domestic', 'SA', 'KE', 'F', 'transcript', 1500, 'SAR',
      employer='Mr. Saad Mohammed Al-Qahtani', emp_addr='Riyadh', worker='Mercy Achieng Odhiambo',
      passport='AK2290045', agency='Equator Pride Recruitment Agency', job='housemaid',
      site='', city='Riyadh', record='KDW-NGO-2026-009',
      spk={'A': 'AGENT', 'W': 'WORKER', 'I': 'NGO'},
      t_kind='phone call', t_note_title="NGO OFFICER'S NOTE",
      t_recorded="Recorded by Grace Njeri, paralegal at the Kenya Domestic Workers' Voice "
      "office, Nairobi, on 19 January 2026, call to the agency on the worker's phone, "
      "16 min, with everyone's consent.",
      t_speakers="Speakers: NGO = Grace Njeri; AGENT = Mr. Daniel Kiprono, Equator Pride "
      "Recruitment Agency; WORKER = Mercy Achieng Odhiambo, housemaid leaving for Riyadh.",
      t_open="{I}: Hello, Mr. Kiprono, we are recording. Mercy wants to hear the terms again "
      "before she flies.\n{A}: No problem. So, the sponsor is Mr. Saad, Riyadh, five in the "
      "family --\n{W}: Five children?\n{A}: No, five people. Three children.",
      t_close="{I}: Thank you. We will keep the recording.\n{A}: Okay, safe journey Mercy.",
      t_summary="The agent confirmed the written contract (wage SAR 1,500 a month, Riyadh) "
      "and added conditions orally; see the recording after the complaint question.",
      t_neutral=["{W}: Will I have my own room?\n{A}: Yes, a small room with a lock, and "
                 "air conditioning."],
      abuses=[
          A('CTR-004', "{W}: On my day off, can I go out? Church, maybe?\n"
            "^{A}: No, you don't go out of the house alone, even on your day off. If you need "
            "something the family takes you. That's how it is there.\n"
            "{I}: So she stays inside on her day off?\n{A}: Inside, yes."),
          A('CTR-009', "{I}: And if she has a problem with the sponsor, where does she go first?\n"
            "^{A}: She calls us. Only us. She must not go to the labour office or the embassy -- "
            "if she runs to the embassy it becomes a case and she loses her salary.\n"
            "{W}: Okay."),
      ])
add(tdefaults(c,
    "{I}: Salary?\n{A}: SAR 1,500 every month, paid at the end of the month, into a bank "
    "card in her name or cash with a signed receipt.",
    "{W}: Do I get a day off every week?\n{A}: One day a week, Friday, it's written.",
    "{I}: Return ticket?\n{A}: The sponsor pays the ticket home to Nairobi after two years, "
    "or earlier if the contract stops.",
    "{I}: The contract, clause 9, gives the Saudi labour hotline 19911 and the Kenyan "
    "Embassy in Riyadh for complaints. Correct?\n{A}: Yes, that's in the contract."))

c = K('Z-018', 'en', 'abuse', 'manufacturing', 'MY', 'BD', 'M', 'transcript', 1700, 'MYR',
      employer='Seremban Metal Stamping Sdn Bhd', emp_addr='Senawang Industrial Park, Negeri '
      'Sembilan', worker='Abdul Karim Sheikh', passport='EE3391027',
      agency='Sonar Bangla Manpower Ltd', job='press machine operator', site='', city='Senawang',
      record='JTK-NS-INS-26-115',
      spk={'A': 'HR', 'W': 'WORKER', 'I': 'INSPECTOR'},
      t_kind='inspection interview', 
      t_recorded="Recorded by Puan Nor Azlina Hamid, labour officer, Jabatan Tenaga Kerja "
      "Negeri Sembilan, on 21 January 2026 in the meeting room of Seremban Metal Stamping "
      "Sdn Bhd, 25 min; Bangla interpretation by Mr. Arif (company interpreter) not transcribed.",
      t_speakers="Speakers: INSPECTOR = Puan Nor Azlina Hamid; HR = Mr. Lim Kok Wai, HR "
      "executive of the company; WORKER = Abdul Karim Sheikh, press machine operator.",
      t_open="{I}: This interview is recorded. Mr. Lim, I want to go through the terms of "
      "employment of the Bangladeshi workers, starting with Abdul Karim.\n{A}: Okay, okay. "
      "He is a press operator, second year.",
      t_close="{I}: I will issue my findings in writing.\n{A}: Noted, puan.",
      t_summary="Terms stated by HR for the worker interviewed: press machine operator, "
      "RM 1,700 a month. Documents and pay arrangements to be checked against the payroll "
      "records on the follow-up visit.",
      t_neutral=["{I}: Hostel?\n{A}: Company hostel, eight to a room, bus provided, "
                 "deducted nothing."],
      abuses=[
          A('CTR-001', "{I}: Where is your passport now?\n{W}: Company office.\n"
            "{I}: Mr. Lim, the company holds the passports?\n"
            "^{A}: Yes, HR keeps all the passports in the safe for the whole contract. Company "
            "policy, for security. If they need it we give them a photocopy."),
          A('CTR-007', "{I}: How are wages paid?\n"
            "^{A}: Into an account the company opened for each worker. We keep the ATM cards "
            "in the office; every month they get RM 400 cash and the rest they take when they "
            "go home.\n{W}: Sometimes only three hundred."),
      ])
add(tdefaults(c,
    "{I}: Basic wage?\n{A}: RM 1,700 basic every month, paid on the seventh, payslip "
    "given.",
    "{I}: Rest day?\n{A}: Sunday off, every week.",
    "{I}: When he finishes?\n{A}: Company buys the ticket back to Dhaka, same if "
    "the contract is cut short.",
    "{I}: Do they know where to complain?\n{A}: Yes, the JTK office number is on the "
    "notice board, and the Bangladesh High Commission labour wing."))

c = K('Z-023', 'en', 'abuse', 'domestic', 'AE', 'ET', 'F', 'transcript', 1200, 'AED',
      employer='Mr. Khalid Rashid Al Marri', emp_addr='Al Barsha, Dubai', worker='Hirut Tesfaye',
      passport='EP5520193', agency='Blue Nile Overseas Employment Agency',
      job='domestic worker', site='', city='Dubai', record='EWR-ADD-26-031',
      spk={'A': 'AGENT', 'W': 'WORKER', 'I': 'NGO'},
      t_kind='pre-departure interview', t_note_title="INTERVIEWER'S NOTE",
      t_recorded="Recorded by Meron Haile, community worker of a women migrants' association "
      "in Addis Ababa, on 20 January 2026 at the association's office, with the agency's "
      "officer present, 14 min; translated from Amharic.",
      t_speakers="Speakers: NGO = Meron Haile; AGENT = Ato Yonas Girma, Blue Nile Overseas "
      "Employment Agency; WORKER = Hirut Tesfaye, domestic worker bound for Dubai.",
      t_open="{I}: We are recording. Ato Yonas, please explain the job to Hirut.\n"
      "{A}: Yes. Domestic worker, Dubai, Al Barsha, family of Mr. Khalid, two years.",
      t_close="{I}: Thank you both.\n{W}: Thank you.",
      t_summary="Agent's statement of the contract: domestic worker, Dubai, AED 1,200 a "
      "month, two years. Two oral conditions need follow-up (medical and change of sponsor).",
      abuses=[
          A('CTR-005', "{W}: The medical -- do they test for pregnancy?\n"
            "^{A}: Yes, before you go and again in Dubai. If you are pregnant there, finish: "
            "the contract is cancelled and you go back.\n"
            "{I}: Even if it happens after one year?\n{A}: Any time."),
          A('CTR-008', "{I}: Can she change sponsor if the house is not good?\n"
            "^{A}: No, she cannot change. The sponsor must agree, and our sponsors don't "
            "agree in the two years. If she leaves the house they report her as absconding."),
      ])
add(tdefaults(c,
    "{I}: Salary?\n{A}: AED 1,200 every month, through the WPS card in her own name, by "
    "the tenth.",
    "{W}: Will I rest one day in the week?\n{A}: One full day every week, yes, normally Friday.",
    "{I}: And the ticket home?\n{A}: The sponsor pays it, at the end or if the contract ends "
    "early.",
    "{I}: Where can she complain in Dubai?\n{A}: MOHRE, 600590000, or the Ethiopian "
    "Consulate. It's in the standard contract."))

c = K('Z-027', 'en', 'clean', 'hospitality', 'BH', 'PH', 'F', 'transcript', 200, 'BHD',
      employer='Seef Bay Resort WLL', emp_addr='Seef District, Manama', worker='Kristine Mae Lopez',
      passport='P8810346A', agency='Visayas Crown Manpower', job='waitress', site='',
      city='Manama', record='MWO-PDO-2026-114', typographic=1,
      spk={'A': 'AGENT', 'W': 'WORKER', 'I': 'OFFICER'},
      t_kind='pre-departure orientation interview', t_note_title="OFFICER'S NOTE",
      t_recorded="Recorded by Mr. Ramon Dizon, welfare officer, at a pre-departure "
      "orientation in Cebu City on 12 January 2026, 17 min, at the worker's request.",
      t_speakers="Speakers: OFFICER = Mr. Ramon Dizon; AGENT = Ms. Liza Manalo, Visayas Crown "
      "Manpower; WORKER = Kristine Mae Lopez, waitress for a resort in Bahrain.",
      t_open="{I}: We're on record now. Ms. Manalo, go ahead with the job terms.\n"
      "{A}: Okay. Kristine will be a waitress at Seef Bay Resort in Manama, two-year contract.",
      t_close="{I}: Good. Any last question, Kristine?\n{W}: None po, it's clear.",
      t_summary="Terms stated by the agent match the written contract: waitress, Seef Bay "
      "Resort WLL, Manama, BHD 200 a month, two years. No issue noted.",
      t_neutral=["{W}: Is there a uniform?\n{A}: Three sets, free, and laundry by the resort."])
add(tdefaults(c,
    "{I}: Salary?\n{A}: BHD 200 a month basic, by bank transfer before the fifth, plus "
    "service charge share.",
    "{I}: Rest day?\n{A}: One day off every week, twenty-four hours, on the roster.",
    "{I}: Return ticket?\n{A}: Resort pays it at the end, or earlier if the contract ends.",
    "{I}: Complaints?\n{A}: LMRA in Manama, or the Migrant Workers Office at the Philippine "
    "Embassy. No penalty for that."))

c = K('Z-031', 'en', 'ctr010', 'domestic', 'SA', 'UG', 'F', 'transcript', 1000, 'SAR',
      employer='Mrs. Huda Faisal Al-Shehri', emp_addr='Dammam', worker='Sarah Nakato',
      passport='B1193720', agency='Pearl of Africa External Recruitment Ltd',
      job='housemaid', site='', city='Dammam', record='UG-MGLSD-INS-26-007',
      spk={'A': 'AGENT', 'W': 'WORKER', 'I': 'INSPECTOR'},
      t_kind='pre-departure interview',
      t_recorded="Recorded by Mr. Joseph Ssekandi, labour inspector, at the agency's "
      "office in Kampala on 22 January 2026, 12 min, during a routine check of departing "
      "workers' files.",
      t_speakers="Speakers: INSPECTOR = Mr. Joseph Ssekandi; AGENT = Ms. Brenda Atim, Pearl "
      "of Africa External Recruitment Ltd; WORKER = Sarah Nakato, housemaid for Dammam.",
      t_open="{I}: I am recording. Please state the terms agreed for Sarah.\n"
      "{A}: Yes. Housemaid, Mrs. Huda in Dammam, two years.",
      t_close="{I}: Thank you, that is enough for today.\n{A}: Thank you, sir.",
      t_summary="Terms stated by the agent: housemaid, Dammam, SAR 1,000 a month, two years.",
      missing=['return'],
      decoys=[{'t': "{W}: Who pays my flight?\n{A}: The ticket from Entebbe to Dammam is "
               "already bought by the sponsor. You pay nothing for it."}])
add(tdefaults(c,
    "{I}: The salary?\n{A}: SAR 1,000 a month, by the end of each month, with a receipt "
    "she signs.",
    "{I}: Weekly rest?\n{A}: A full day every week, 24 hours.",
    "", 
    "{I}: Where can she report a problem?\n{A}: The Saudi labour hotline 19911, or the "
    "Embassy of Uganda in Riyadh."))

# =========================================================================
# CODE-SWITCHED (Taglish / Indonesian-English)
# =========================================================================

add(cs_ph(K('Z-004', 'en', 'abuse', 'domestic', 'KW', 'PH', 'F', 'codeswitch', 120, 'KWD',
            worker='Marites A. Gonzales', passport='P5517308B',
            agency='Golden Palm International Manpower (Mandaluyong)', job='household service worker',
            record='GP-KW-0152',
            abuses=[
                A('CTR-004', "Day off: No day off muna for the first 3 months, para makapag-adjust "
                  "ka sa family. After that, 1 day off a month lang, at lalabas ka lang ng "
                  "bahay kung kasama si Madam.", replace='rest'),
                A('CTR-007', "Sahod habang nasa contract: Si Madam ang magtatago ng sahod mo "
                  "para hindi raw maubos. Bibigyan ka ng KWD 20 a month for load and toiletries; "
                  "ang natitira ay ibibigay sa end of contract."),
            ]),
      'Sahod / Salary: KWD 120 kada buwan, bayad tuwing ika-5 ng susunod na buwan, may '
      'payslip.',
      'Employer / Amo: Mrs. Dalal Ahmad Al-Enezi, Salwa area, Kuwait. Family na may 4 na '
      'miyembro.'))

add(cs_id(K('Z-009', 'en', 'abuse', 'care', 'TW', 'ID', 'F', 'codeswitch', 20000, 'TWD',
            worker='Dewi Lestari', passport='C4419027',
            agency='PT Mitra Sejahtera Abadi (Surabaya) / Jade Harbour Manpower (Taichung)',
            job='home caregiver', record='MSA-TW-26-088',
            abuses=[
                A('CTR-005', "Medical: medical check di Taiwan sesuai aturan, plus pregnancy "
                  "test setiap check. Kalau hamil, contract terminated dan pulang ke "
                  "Indonesia pakai biaya sendiri."),
                A('CTR-002', "Biaya / Costs: placement fee NT$ 60,000 ditanggung worker, "
                  "potong gaji NT$ 6,000 per bulan selama 10 bulan pertama. No cash needed "
                  "sekarang, semua lewat potongan."),
            ]),
      'Salary / Gaji: NT$ 20,000 per bulan, dibayar setiap tanggal 10 ke rekening atas nama '
      'worker, dengan slip gaji.',
      'Employer / Majikan: Mr. Chen Wen-Bin, Taichung, untuk merawat ayahnya (stroke, bisa '
      'duduk di kursi roda).'))

add(cs_ph(K('Z-014', 'en', 'abuse', 'hospitality', 'AE', 'PH', 'M', 'codeswitch', 2000, 'AED',
            worker='Jericho M. Bautista', passport='P6620471A',
            agency='Pacific Bridge Overseas Employment (Makati)', job='commis cook',
            record='PB-AE-0318', caps=1,
            abuses=[
                A('CTR-009', "REKLAMO SA LABAS: KUNG MAY PROBLEMA SA HOTEL, SA AGENCY LANG KA "
                  "MAGSABI. BAWAL MAGREKLAMO SA MOHRE, SA MWO O SA EMBASSY; PAG GINAWA MO "
                  "'YAN, BLACKLISTED KA NA AT HINDI KA NA NAMIN IDE-DEPLOY ULIT."),
                A('CTR-008', "Transfer: Hindi ka pwedeng lumipat sa ibang hotel o employer sa "
                  "UAE habang 2-year contract, kahit may mas magandang offer. Hindi pipirma "
                  "ang company ng cancellation para sa transfer."),
            ]),
      'Sahod / Salary: AED 2,000 basic kada buwan, bayad via WPS bago mag-ika-10, may payslip.',
      'Employer: Gulf Orchid Hotels & Resorts LLC, Jumeirah Beach Road, Dubai. Assignment: '
      'main kitchen ng Gulf Orchid Jumeirah.'))

add(cs_id(K('Z-019', 'en', 'abuse', 'domestic', 'MY', 'ID', 'F', 'codeswitch', 1800, 'MYR',
            worker='Rina Yuliani', passport='C3308164',
            agency='PT Bunga Harapan Mulia (Batam) / Seri Murni Employment Agency (Johor Bahru)',
            job='domestic helper', record='BHM-MY-26-051', typographic=1,
            abuses=[
                A('CTR-001', "Dokumen: passport dipegang majikan selama kontrak, for safety "
                  "katanya. Worker cukup pegang fotokopi saja, jangan minta balik."),
                A('CTR-006', "Personal: selama kontrak, no pacaran, no nikah. Kalau ketahuan "
                  "punya pacar, contract finish dan langsung dipulangkan."),
            ]),
      'Salary / Gaji: RM 1,800 per bulan, dibayar paling lambat tanggal 7 bulan berikutnya, '
      'ke rekening sendiri.',
      'Employer / Majikan: Puan Noraini binti Hashim, Taman Molek, Johor Bahru. Keluarga 5 '
      'orang, rumah 2 tingkat.'))

add(cs_ph(K('Z-024', 'en', 'abuse', 'domestic', 'HK', 'PH', 'F', 'codeswitch', 4990, 'HKD',
            worker='Analyn R. Castillo', passport='P1180253B',
            agency='Silver Hope Manpower Services (Pasig)', job='domestic helper',
            record='SH-HK-2217',
            abuses=[
                A('CTR-003', "Loan para sa placement: ang placement cost ay babayaran through "
                  "loan sa partner lending company (Kowloon Easy Finance Ltd.), HK$ 16,000,{PB} "
                  "hulugan HK$ 2,000 a month for 8 months. Kapag umalis ka bago matapos ang "
                  "hulog, ang co-maker mo sa Pilipinas ang sisingilin."),
                A('CTR-006', "Personal life: Bawal mag-boyfriend at bawal magpakasal habang "
                  "naka-contract. Kapag nalaman ni employer, terminated ka agad."),
            ]),
      'Sahod / Salary: HK$ 4,990 kada buwan, bayad bago mag-ika-7, may resibo o bank transfer.',
      'Employer / Amo: Mr. and Mrs. Chan Ka Ho, Sha Tin, New Territories, Hong Kong. 2 kids, '
      'walang alagang matanda.'))

add(cs_id(K('Z-028', 'en', 'clean', 'domestic', 'HK', 'ID', 'F', 'codeswitch', 4990, 'HKD',
            worker='Sri Wahyuni', passport='C5527790',
            agency='PT Citra Karya Mandiri (Ponorogo) / Victoria Peak Employment Centre',
            job='domestic helper', record='CKM-HK-26-214'),
      'Salary / Gaji: HK$ 4,990 per bulan, dibayar paling lambat tanggal 7, bisa transfer ke '
      'rekening sendiri.',
      'Employer / Majikan: Mr. Leung Chi Wai, Tseung Kwan O, Hong Kong. Keluarga 3 orang, '
      'satu anak umur 6 tahun.'))

add(cs_ph(K('Z-032', 'en', 'ctr010', 'domestic', 'AE', 'PH', 'F', 'codeswitch', 1500, 'AED',
            worker='Rosalie T. Mendoza', passport='P9033617A',
            agency='Northern Luzon Overseas Placement (San Fernando)', job='domestic worker',
            record='NL-AE-0407', missing=['wage'],
            decoys=[{'t': 'Araw ng sahod: tuwing ika-30 ng buwan, cash, at pipirma ka ng '
                     'resibo kada bayad.'}]),
      '',
      'Employer / Amo: Mrs. Amna Saeed Al Suwaidi, Mirdif, Dubai. Family na may 6 na '
      'miyembro, may driver at cook.'))

# =========================================================================
# REFERENCE / FORMULA
# =========================================================================

add(K('Z-005', 'en', 'abuse', 'construction', 'QA', 'NP', 'M', 'reference', 1300, 'QAR',
      employer='Doha Skyline Construction WLL', emp_addr='Street 24, Industrial Area, Doha',
      worker='Ram Prasad Gurung', passport='PA1155802',
      agency='Everest Link Overseas Pvt Ltd (Kathmandu)', job='shuttering carpenter',
      site='Lusail residential towers project', city='Lusail', record='DSC/HR/26/0117',
      f_neutral=['Safety equipment listed in the site induction is issued free of charge and '
                 'replaced when worn.'],
      abuses=[
          A('CTR-002', '', rows=[('T3', '^Placement and visa processing fee of the Kathmandu '
                                  'agent | QAR 200 a month | months 1 to 6')]),
          A('CTR-003', "^If the Employee leaves the service of the Employer before the end of "
            "month 24, he pays the Employer the amount stated in {ROW0}, which may be set "
            "against any sum due to him.",
            rows=[('D', "Early departure charge (clause {CL}) | two months' basic salary as "
                   "in {REF:wage}")]),
      ]))

add(K('Z-010', 'en', 'abuse', 'agriculture', 'MY', 'ID', 'M', 'reference', 1700, 'MYR',
      employer='Ladang Sungai Keruh Sdn Bhd', emp_addr='Batu 12, Jalan Kluang, Johor',
      worker='Ahmad Fauzi bin Sulaiman', passport='C1207459',
      agency='PT Karya Tani Nusantara (Lombok)', job='oil palm harvester',
      site='Division 3, Sungai Keruh Estate', city='Kluang', record='LSK-PK-26/0208',
      f_neutral=['Harvesting tools are supplied and sharpened by the estate.'],
      abuses=[
          A('CTR-007', "Part of each salary is paid into the estate savings scheme in {ROW0}.",
            rows=[('C', "^Estate savings scheme | the Employer keeps half of each month's "
                   "salary in an estate account and releases it only when the Employee leaves "
                   "Malaysia; the bank card stays with the estate office")]),
          A('CTR-001', "The Employee's travel and identity documents are dealt with as set out "
            "in {ROW0}.",
            rows=[('C', "^Passport and work permit | kept in the estate office safe for the "
                   "duration of the contract; a certified copy is issued to the Employee")]),
      ]))

add(K('Z-015', 'en', 'abuse', 'domestic', 'SA', 'UG', 'F', 'reference', 1000, 'SAR',
      employer='Mr. Abdulrahman Nasser Al-Dosari', emp_addr='Al Khobar',
      worker='Esther Namubiru', passport='B0923817',
      agency='Kampala Pearl Manpower Ltd', job='domestic worker',
      site="the Employer's villa", city='Al Khobar', record='KPM-SA-2026-061',
      abuses=[
          A('CTR-005', "The Employee undergoes the medical examinations listed in {ROW0}; a "
            "finding under that row ends the Contract.",
            rows=[('D', "^Medical examinations | pregnancy test on arrival and every six "
                   "months; a positive result is a ground for termination and repatriation")]),
          A('CTR-004', '', rows=[('B', "^Normal hours | on duty from 06:00 until 23:00, and on "
                                  "call at night when the family needs her")], replace='hours'),
          A('CTR-006', "^The Employee remains unmarried during the term and does not enter into "
            "a relationship, failing which the penalty in {ROW0} applies.",
            rows=[('D', "Breach of clause {CL} | termination without end-of-service benefit")]),
      ]))

add(K('Z-020', 'en', 'abuse', 'domestic', 'HK', 'PH', 'F', 'reference', 4990, 'HKD',
      employer='Ms. Ho Mei Kuen', emp_addr='Flat 21C, Tower 2, Belvedere Garden, Tsuen Wan',
      worker='Jovelyn S. Aquino', passport='P4470916B',
      agency='Mabuhay Care Employment Agency', job='foreign domestic helper',
      site="the Employer's flat", city='Tsuen Wan', record='MCEA-HK-26-0330', typographic=1,
      abuses=[
          A('CTR-009', "All complaints about this Contract are handled as provided in {ROW0}.",
            rows=[('D', "^Handling of complaints | by the Agency in Hong Kong only; the Helper "
                   "does not refer a complaint to the Labour Department, the Consulate or a "
                   "union")]),
          A('CTR-006', "The Helper observes the rules of personal conduct in {ROW0}.",
            rows=[('D', "^Personal conduct | no boyfriend and no marriage during the contract; "
                   "breach means summary dismissal")]),
      ]))

add(K('Z-033', 'en', 'ctr010', 'construction', 'OM', 'PK', 'M', 'reference', 160, 'OMR',
      employer='Nizwa Roads & Bridges LLC', emp_addr='Firq Industrial Area, Nizwa',
      worker='Muhammad Imran Khan', passport='AB4419082',
      agency='Indus Valley Overseas Employment Promoters (Lahore)', job='heavy equipment operator',
      site='Nizwa - Ibri road package 2', city='Nizwa', record='NRB/EMP/26/044',
      missing=['rest', 'complaint'],
      f_neutral=['Public holidays declared by the Government of Oman are paid.'],
      decoys=[{'t': '', 'rows': [('D', 'Notices | in writing, to the addresses given above')]},
              {'t': '', 'rows': [('B', 'Site calendar | posted at the camp office each month')]}]))

add(K('Z-035', 'en', 'pair', 'construction', 'BH', 'IN', 'M', 'reference', 180, 'BHD',
      employer='Gulf Pearl Engineering WLL', emp_addr='Sitra Industrial Area, Bahrain',
      worker='Suresh Babu Nair', passport='W2280361',
      agency='Kerala Gulf Manpower Consultants (Thiruvananthapuram)', job='pipe fitter',
      site='Sitra refinery maintenance contract', city='Sitra', record='GPE-IN-2026-019',
      typographic=1,
      pair={'field': 'hours', 'origin': '8 per day, 48 per week, Saturday to Thursday',
            'dest': '10 per day, 60 per week, Saturday to Thursday',
            'ocity': 'Thiruvananthapuram', 'odate': '14 January 2026',
            'dcity': 'Sitra', 'ddate': '3 March 2026'}))

add(K('Z-036', 'en', 'pair_eq', 'manufacturing', 'MY', 'NP', 'M', 'reference', 1700, 'MYR',
      employer='Shah Alam Packaging Industries Sdn Bhd', emp_addr='Section 26, Shah Alam, Selangor',
      worker='Dil Bahadur Rai', passport='PA2071136', agency='Annapurna Job Link Pvt Ltd',
      job='carton machine operator', site='Line 3', city='Shah Alam', record='SAP-NP-26-0072',
      pair={'field': 'none', 'ocity': 'Kathmandu', 'odate': '14 January 2026',
            'dcity': 'Shah Alam', 'ddate': '3 March 2026'}))

# =========================================================================
# INDONESIAN: adendum, WhatsApp announcement, bilingual Surat Keterangan
# =========================================================================

_AUTH_ID = {
    'HK': 'Labour Department Hong Kong (2717 1771), KJRI Hong Kong',
    'TW': 'hotline 1955 Kementerian Tenaga Kerja Taiwan, KDEI Taipei',
    'MY': 'Jabatan Tenaga Kerja Malaysia, KBRI Kuala Lumpur atau KJRI Kota Kinabalu',
    'SG': 'Ministry of Manpower (MOM) Singapura, KBRI Singapura',
    'BN': 'Jabatan Buruh Brunei, KBRI Bandar Seri Begawan',
}


def adendum(c, director, sip, pp_no, pp_date, intro, ubah, kab, neutral=()):
    d = DEST[c['dest']]
    c['a_head'] = ['=ADENDUM I', '=PERJANJIAN PENEMPATAN PEKERJA MIGRAN INDONESIA',
                   '=Nomor: %s' % c['record'], '',
                   'Pada hari ini, %s, yang bertanda tangan di bawah ini:' % c.get('signed_id', 'Senin tanggal 12 Januari 2026'),
                   '1. %s, Direktur %s, P3MI pemegang SIP3MI Nomor %s, selanjutnya disebut '
                   'PIHAK PERTAMA;' % (director, c['agency'], sip),
                   '2. %s, CPMI, pemegang paspor Nomor %s, selanjutnya disebut PIHAK KEDUA.'
                   % (c['worker'], c['passport']),
                   'Para Pihak sepakat mengubah Perjanjian Penempatan Nomor %s tanggal %s '
                   '(selanjutnya disebut "Perjanjian") sebagai berikut:' % (pp_no, pp_date),
                   '']
    c['a_intro'] = intro
    c['a_ubah'] = ubah
    c['a_kept_intro'] = ('Ketentuan lain dalam Perjanjian tidak berubah dan tetap berlaku. '
                         'Untuk kejelasan, syarat kerja pokok dikutip kembali sebagai berikut:')
    c['a_wage'] = ('upah pokok {WAGE} setiap bulan, dibayar paling lambat tanggal 7 bulan '
                   'berikutnya dengan slip gaji;')
    c['a_hours'] = ('waktu kerja paling lama 10 (sepuluh) jam sehari, dengan istirahat malam '
                    'paling sedikit 8 (delapan) jam berturut-turut;' if c['hk'] == 'dom' else
                    'waktu kerja 8 (delapan) jam sehari dan 48 (empat puluh delapan) jam '
                    'seminggu; kerja lembur hanya dengan persetujuan PIHAK KEDUA dan dibayar;')
    c['a_rest'] = 'libur 1 (satu) hari penuh selama 24 jam setiap minggu;'
    c['a_return'] = ('tiket pesawat pulang ke Indonesia ditanggung Pemberi Kerja pada akhir '
                     'masa kontrak atau apabila kontrak berakhir lebih awal;')
    c['a_complaint'] = ('pengaduan dapat disampaikan kepada %s, atau Crisis Center BP2MI, '
                        'tanpa sanksi apa pun;' % _AUTH_ID[c['dest']])
    c['a_neutral'] = list(neutral)
    c['a_tail'] = ['=Pasal 3',
                   'Adendum ini berlaku sejak ditandatangani dan merupakan bagian yang tidak '
                   'terpisahkan dari Perjanjian. Adendum ini dibuat rangkap 3 (tiga), masing-'
                   'masing bermeterai cukup.', '',
                   '=PIHAK PERTAMA                         PIHAK KEDUA',
                   '=%-38s%s' % (director, c['worker']),
                   '=Mengetahui: Dinas Tenaga Kerja %s' % kab]
    return c


c = K('Z-037', 'id', 'abuse', 'domestic', 'HK', 'ID', 'F', 'adendum', 4990, 'HKD',
      worker='Nur Aini', passport='C7730215', agency='PT Sumber Rejeki Lintas Negara',
      record='045/ADD-PP/SRLN/I/2026',
      abuses=[
          A('CTR-002', 'Biaya pelatihan, sertifikasi dan jasa agensi di Hong Kong sebesar '
            'HK$ 13.500 ditanggung oleh PIHAK KEDUA dan dibayar melalui potongan gaji '
            'sebesar HK$ 2.250 per bulan selama 6 (enam) bulan pertama.', sec='ubah'),
          A('CTR-003', 'Apabila PIHAK KEDUA berhenti bekerja atau pulang sebelum masa kontrak '
            '2 (dua){PB} tahun berakhir, PIHAK KEDUA wajib mengembalikan seluruh biaya '
            'penempatan ditambah denda sebesar Rp 15.000.000 (lima belas juta rupiah) '
            'kepada PIHAK PERTAMA.', sec='ubah'),
      ],
      la_given=[('CTR-001', {'t': 'paspor dan dokumen perjalanan lain dipegang sendiri oleh '
                             'PIHAK KEDUA; Pemberi Kerja dan agensi tidak boleh menyimpan atau '
                             'menahannya dengan alasan apa pun;'}),
                ('CTR-006', {'t': 'status perkawinan dan kehidupan pribadi PIHAK KEDUA tidak '
                             'dijadikan alasan untuk mengakhiri hubungan kerja;'})])
add(adendum(c, 'Hendra Wijaya', '503/0217/2024', '031/PP/SRLN/XII/2025',
            '15 Desember 2025',
            ['Ketentuan Pasal 5 Perjanjian diubah sehingga berbunyi sebagai berikut:',
             '="Pasal 5', '=Biaya Penempatan'],
            ['Rincian komponen biaya penempatan beserta penanggungnya dimuat dalam Lampiran I '
             'Adendum ini.',
             'Salinan Lampiran I diserahkan kepada PIHAK KEDUA paling lambat 7 (tujuh) hari '
             'sebelum keberangkatan.'],
            'Kabupaten Blitar'))

c = K('Z-042', 'id', 'ctr010', 'agriculture', 'MY', 'ID', 'M', 'adendum', 1700, 'MYR',
      worker='La Ode Rahmat', passport='C6602318', agency='PT Borneo Karya Sejati',
      record='112/ADD-PP/BKS/I/2026', missing=['complaint'],
      decoys=[{'t': 'surat-menyurat antara Para Pihak dikirim ke alamat yang tercantum dalam '
               'Perjanjian, dan perubahan alamat diberitahukan secara tertulis;'}],
      la_given=[('CTR-002', {'t': 'seluruh biaya penempatan, termasuk visa, pemeriksaan kesehatan '
                             'dan tiket berangkat, dibayar oleh Pemberi Kerja dan tidak dipotong '
                             'dari gaji PIHAK KEDUA.', 'sec': 'ubah'}),
                ('CTR-008', {'t': 'PIHAK KEDUA boleh pindah ke pemberi kerja lain sesuai '
                             'ketentuan imigrasi dan ketenagakerjaan Malaysia, tanpa harus '
                             'meminta izin Pemberi Kerja yang lama;'})])
add(adendum(c, 'Yohanes Tandi', '503/0388/2023', '087/PP/BKS/XI/2025', '20 November 2025',
            ['Ketentuan Pasal 3 Perjanjian diubah sehingga berbunyi sebagai berikut:',
             '="Pasal 3', '=Pemberi Kerja dan Tempat Kerja'],
            ['Pemberi Kerja adalah Syarikat Ladang Kinabatangan Sdn Bhd (semula Kinabatangan '
             'Oil Palm Estates Sdn Bhd), yang berganti nama tanpa perubahan pemilik.',
             'Tempat kerja PIHAK KEDUA adalah Ladang Bukit Garam, Kinabatangan, Sabah, Malaysia, '
             'sebagai pemanen buah sawit.'],
            'Kabupaten Muna'))

c = K('Z-044', 'id', 'pair', 'care', 'TW', 'ID', 'F', 'adendum', 20000, 'TWD',
      worker='Yuni Astuti', passport='C8814702', agency='PT Dharma Bhakti Insani',
      record='078/ADD-PP/DBI/I/2026',
      pair={'field': 'wage', 'dest': 18000, 'ocity': 'Semarang', 'odate': '14 Januari 2026',
            'dcity': 'Taichung', 'ddate': '3 Maret 2026'},
      la_given=[('CTR-004', {'t': 'pada hari libur PIHAK KEDUA bebas keluar rumah dan '
                             'menggunakan waktunya sendiri; majikan tidak boleh melarang atau '
                             'mengunci pintu;'}),
                ('CTR-005', {'t': 'tidak ada tes kehamilan, baik sebelum berangkat maupun selama '
                             'bekerja, dan kehamilan bukan alasan pemutusan kontrak.',
                             'sec': 'ubah'})])
add(adendum(c, 'Bambang Santoso', '503/0102/2022', '064/PP/DBI/XII/2025', '10 Desember 2025',
            ['Ketentuan Pasal 4 Perjanjian diubah sehingga berbunyi sebagai berikut:',
             '="Pasal 4', '=Pengguna dan Tempat Kerja'],
            ['Pengguna adalah Bapak Huang Ming-Chuan, Taichung, dan PIHAK KEDUA merawat ibunya, '
             'Ibu Huang Li Hua (usia 84 tahun).',
             'Tempat kerja adalah rumah Pengguna di Distrik Beitun, Kota Taichung, Taiwan.'],
            'Kota Semarang'))

# ---- WhatsApp announcements

def wa(c, title, members, admin, day, terms_head, extra_msgs_before, extra_msgs_after,
       neutral, terms):
    c['w_title'] = 'Ekspor obrolan WhatsApp: "%s"' % title
    c['w_sub'] = '(%d anggota; disimpan oleh pendamping dari Serikat Buruh Migran)' % members
    c['w_admin'] = admin
    c['w_day'] = day
    c['w_msgs'] = list(extra_msgs_before) + ['{TERMS}', '{EXTRA}'] + list(extra_msgs_after)
    c['w_terms'] = [('head', terms_head)] + terms
    c['w_neutral'] = list(neutral)
    return c


c = K('Z-038', 'id', 'abuse', 'manufacturing', 'TW', 'ID', 'F', 'whatsapp', 28590, 'TWD',
      worker='', passport='', agency='PT Cahaya Anugerah Mandiri', caps=1,
      abuses=[
          A('CTR-001', 'INFO PENTING: PASPOR SEMUA DIKUMPULKAN KE KANTOR MINGGU INI. NANTI DI '
            'TAIWAN PASPOR DIPEGANG PIHAK PABRIK SAMPAI KONTRAK SELESAI, JANGAN ADA YANG MINTA '
            'BAWA SENDIRI.'),
          A('CTR-004', 'Untuk 3 bulan pertama di Taiwan, teman2 tidak boleh keluar asrama '
            'pabrik sama sekali, termasuk hari libur. Itu aturan pabrik untuk pekerja baru ya.'),
          A('CTR-005', '@Wulan CPMI: Bu, tes kehamilan cuma sekali pas medical di sini kan?\n'
            '^@Admin CAM - Bu Sari: Tidak, di Taiwan dites lagi setiap medical. Kalau positif '
            'hamil, kontrak diputus dan dipulangkan. Jadi jaga diri baik2.'),
      ],
      la_given=[('CTR-002', {'t': '@Rina CPMI: Bu, nanti ada potongan gaji buat biaya agensi?\n'
                             '@Admin CAM - Bu Sari: Tidak ada. Biaya penempatan sudah dibayar '
                             'pabrik, gaji teman2 utuh. Kalau ada yang minta uang atas nama '
                             'kantor, lapor ke saya.'}),
                ('CTR-009', {'t': 'Kalau ada masalah di pabrik, silakan langsung telepon 1955 '
                             'atau ke KDEI Taipei, tidak perlu izin kantor. Tidak ada yang '
                             'dihukum karena melapor.'})])
add(wa(c, 'CPMI TAIWAN PABRIK BATCH 3 - PT CAM', 46, 'Admin CAM - Bu Sari', 9,
       '*RINGKASAN SYARAT KERJA - sama dengan Perjanjian Kerja yang ditandatangani hari Jumat*',
       ['@Admin CAM - Bu Sari: Selamat pagi semua. Mohon dibaca sampai habis ya, ini syarat '
        'kerja di Formosa Textile Co., Changhua.'],
       ['@Dina CPMI: Siap bu, terima kasih infonya.',
        '@Admin CAM - Bu Sari: Tanda tangan Perjanjian Kerja hari Jumat jam 9 di kantor. '
        'Bawa KTP dan pas foto.'],
       ['Medical check ulang hari Rabu di klinik yang sama, puasa dari jam 10 malam.',
        'Kelas bahasa Mandarin tetap jalan tiap pagi jam 8 sampai keberangkatan.'],
       [('wage', '1. Gaji pokok NT$ 28.590 per bulan, dibayar tiap tanggal 10 ke rekening '
                 'masing2, ada slip gaji.'),
        ('hours', '2. Jam kerja 8 jam sehari, 40 jam seminggu. Lembur sesuai UU Taiwan dan '
                  'dibayar.'),
        ('rest', '3. Libur 1 hari penuh setiap minggu (biasanya Minggu).'),
        ('return', '4. Tiket pulang ke Indonesia ditanggung pabrik waktu kontrak selesai atau '
                   'kalau kontrak berhenti lebih cepat.'),
        ('complaint', '5. Pengaduan: hotline 1955 (ada bahasa Indonesia), KDEI Taipei, '
                      'Crisis Center BP2MI.')]))

c = K('Z-039', 'id', 'abuse', 'domestic', 'MY', 'ID', 'F', 'whatsapp', 1800, 'MYR',
      worker='', passport='', agency='PT Putri Mandiri Sejahtera',
      abuses=[
          A('CTR-007', 'Untuk yang ke Malaysia: gaji 6 bulan pertama disimpan majikan dulu ya, '
            'dibayar sekaligus di bulan ke-7. Tiap bulan dikasih uang saku RM 100 untuk pulsa '
            'dan sabun.'),
          A('CTR-006', 'Ingat ya adik2, selama kontrak dilarang pacaran apalagi menikah. Kalau '
            'ketahuan, langsung dipulangkan majikan.'),
      ],
      la_given=[('CTR-003', {'t': '@Lilis CPMI: Bu, keluarga di kampung perlu jaminan apa?\n'
                             '@Admin PMS - Bu Yanti: Tidak ada jaminan, tidak ada uang deposit, '
                             'tidak ada surat utang. Kalau ada sponsor lapangan yang minta, '
                             'jangan dikasih.'}),
                ('CTR-008', {'t': 'Kalau nanti tidak cocok dengan majikan, adik2 boleh minta '
                             'pindah majikan lewat agensi di Malaysia sesuai aturan di sana, '
                             'dan itu hak kalian.'})])
add(wa(c, 'CPMI PLRT MALAYSIA JANUARI', 31, 'Admin PMS - Bu Yanti', 12,
       '*SYARAT KERJA (sesuai Perjanjian Kerja)*',
       ['@Admin PMS - Bu Yanti: Assalamualaikum adik2. Ini ringkasan syarat kerja untuk '
        'keberangkatan tanggal 26 ke Kuala Lumpur dan Johor.'],
       ['@Lilis CPMI: Baik bu.'],
       ['Pelatihan memasak hari Kamis di BLK, bawa celemek.'],
       [('wage', '- Gaji RM 1.800 per bulan, dibayar paling lambat tanggal 7 bulan berikutnya.'),
        ('hours', '- Kerja paling lama 10 jam sehari, tidur malam minimal 8 jam.'),
        ('rest', '- Libur 1 hari setiap minggu.'),
        ('return', '- Tiket pulang ke Indonesia dibayar majikan di akhir kontrak atau kalau '
                   'kontrak berhenti lebih awal.'),
        ('complaint', '- Kalau ada masalah: Jabatan Tenaga Kerja, KBRI Kuala Lumpur / KJRI '
                      'Johor Bahru, Crisis Center BP2MI.')]))

c = K('Z-041', 'id', 'clean', 'domestic', 'SG', 'ID', 'F', 'whatsapp', 650, 'SGD',
      worker='', passport='', agency='PT Laskar Bahari Insani',
      la_given=[
          ('CTR-001', {'t': 'Paspor kalian pegang sendiri ya, di Singapura juga. Majikan '
                       'tidak boleh menyimpan paspor atau work permit kalian.'}),
          ('CTR-002', {'t': '@Eni CPMI: Bu, potongan gaji untuk agensi berapa bulan?\n'
                       '@Admin LBI - Pak Darto: Nol. Tidak ada potongan. Biaya agensi dan '
                       'tiket sudah ditanggung majikan.'}),
          ('CTR-003', {'t': 'Kantor tidak minta uang jaminan, deposit atau sertifikat tanah '
                       'dari keluarga. Kalau ada yang minta, itu penipuan.'}),
          ('CTR-004', {'t': 'Hari libur boleh keluar rumah, ke masjid, ke taman, ketemu '
                       'teman. Majikan tidak boleh mengurung atau menahan HP.'}),
          ('CTR-007', {'t': 'Gaji dibayar langsung ke kalian tiap bulan. Kartu ATM dan buku '
                       'tabungan kalian simpan sendiri, jangan dititipkan ke siapa pun.'}),
          ('CTR-009', {'t': '@Eni CPMI: Kalau dimarahi majikan boleh lapor ke mana bu?\n'
                       '@Admin LBI - Pak Darto: Boleh ke MOM, KBRI Singapura, atau '
                       'HOME/CDE. Tidak perlu izin kantor dan tidak akan dihukum.'}),
      ])
add(wa(c, 'CPMI SINGAPURA - LBI', 22, 'Admin LBI - Pak Darto', 19,
       '*SYARAT KERJA SINGAPURA (sama dengan kontrak)*',
       ['@Admin LBI - Pak Darto: Selamat pagi. Berikut syarat kerja yang sudah dijelaskan '
        'di kelas kemarin.'],
       ['@Eni CPMI: Terima kasih pak.'],
       ['Jadwal tes ujian ETC hari Senin, datang jam 7.'],
       [('wage', '1) Gaji SGD 650 per bulan, dibayar paling lambat tanggal 7, slip gaji ditandatangani.'),
        ('hours', '2) Jam kerja paling lama 10 jam per hari, istirahat malam 8 jam.'),
        ('rest', '3) Libur 1 hari setiap minggu (hari Minggu).'),
        ('return', '4) Tiket pulang dibayar majikan di akhir kontrak atau kalau kontrak putus.'),
        ('complaint', '5) Pengaduan: MOM Singapura, KBRI Singapura, Crisis Center BP2MI.')]))

# ---- Surat Keterangan (bilingual)

def keterangan(c, lpk, city, no, head_person, course, terms):
    c['record'] = no
    c['k_letter'] = lpk.upper()
    c['k_head'] = ['=%s' % lpk.upper(), '=%s' % city, '',
                   '=SURAT KETERANGAN / CERTIFICATE', '=Nomor / No.: %s' % no, '',
                   'Yang bertanda tangan di bawah ini, %s, Kepala %s, menerangkan bahwa:'
                   % (head_person, lpk),
                   '>3|   /The undersigned, %s, Head of %s, certifies that:' % (head_person, lpk),
                   '',
                   '=Nama / Name            : %s' % c['worker'],
                   '=No. Paspor / Passport  : %s' % c['passport'],
                   '=Negara tujuan / Destination: %s' % c['dest_name'],
                   '',
                   'telah menyelesaikan %s dan telah diberi penjelasan tentang syarat '
                   'penempatan berikut, yang sama dengan Perjanjian Kerja yang akan '
                   'ditandatanganinya:' % course[0],
                   '>3|   /has completed %s and has been informed of the following placement '
                   'terms, which are those of the Employment Contract she will sign:' % course[1],
                   '']
    for k, v in terms.items():
        c['k_' + k] = v
    c['k_tail'] = ['Surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.',
                   '>3|   /This certificate is issued for whatever lawful use it may serve.', '',
                   '=%s, 16 Januari 2026 / 16 January 2026' % city.split(',')[0],
                   '=%s' % head_person, '=Kepala / Head']
    return c


c = K('Z-040', 'id', 'abuse', 'care', 'TW', 'ID', 'F', 'keterangan', 20000, 'TWD',
      worker='Eka Purnamasari', passport='C9902531', agency='LPK Bina Insan Mandiri',
      dest_name='Taiwan (perawat jompo / caregiver)',
      abuses=[
          A('CTR-008', 'Peserta telah menyatakan tidak akan meminta pindah majikan selama 3 '
            '(tiga) tahun masa kontrak di Taiwan.',
            en='The trainee has declared that she will not ask to change employer during '
               'her three-year contract in Taiwan.'),
          A('CTR-009', 'Segala keluhan selama bekerja disampaikan hanya kepada LPK dan agensi; '
            'peserta tidak akan melapor ke hotline 1955, KDEI atau BP2MI.',
            en='Any grievance at work is raised with the training centre and the agency '
               'only; the trainee will not report to the 1955 hotline, KDEI or BP2MI.'),
          A('CTR-003', 'Orang tua peserta telah menandatangani surat jaminan: bila peserta '
            'pulang sebelum kontrak selesai, orang tua membayar ganti rugi Rp 20.000.000 '
            'kepada LPK.',
            en='The trainee\'s parents have signed a letter of guarantee: if she returns '
               'before the contract ends, they pay the centre IDR 20,000,000 in compensation.'),
      ],
      la_given=[('CTR-005', {'t': 'Tidak ada tes kehamilan sebagai syarat kerja, dan '
                             'kehamilan tidak menjadi alasan kontrak diputus.',
                             'en': 'No pregnancy test is a condition of the job, and '
                                   'pregnancy is no reason to end the contract.'}),
                ('CTR-007', {'t': 'Gaji dibayar langsung kepada peserta; buku tabungan dan '
                             'kartu ATM tetap dipegang peserta sendiri.',
                             'en': 'Wages are paid to the trainee herself; her passbook and '
                                   'ATM card stay in her own hands.'})])
add(keterangan(c, 'LPK Bina Insan Mandiri', 'Malang, Jawa Timur', '117/SK/LPK-BIM/I/2026',
               'Dra. Endang Sulistyowati', ('pelatihan perawat lansia 600 jam pelajaran',
                                            'a 600-hour elderly care course'),
               {'wage': ('Gaji pokok NT$ 20.000 per bulan, dibayar tiap tanggal 10.',
                         'Basic wage NT$ 20,000 a month, paid on the 10th.'),
                'hours': ('Waktu kerja paling lama 10 jam sehari, istirahat malam minimal '
                          '8 jam.', 'Not more than 10 hours of work a day; night rest of '
                          'eight hours or more.'),
                'rest': ('Libur 1 hari penuh setiap minggu.', 'One full day off every week.'),
                'return': ('Tiket pulang ditanggung majikan di akhir kontrak atau bila '
                           'kontrak berakhir lebih awal.', 'The employer pays the ticket home '
                           'when the contract is over or if it ends early.'),
                'complaint': ('Pengaduan dapat disampaikan ke hotline 1955, KDEI Taipei atau '
                              'Crisis Center BP2MI.', 'Complaints may be made to the 1955 '
                              'hotline, KDEI Taipei or the BP2MI Crisis Center.')}))

c = K('Z-043', 'id', 'ctr010', 'domestic', 'BN', 'ID', 'F', 'keterangan', 350, 'BND',
      worker='Mariam Tuasikal', passport='C1048827', agency='LPK Cahaya Timur',
      dest_name='Brunei Darussalam (penata laksana rumah tangga / housekeeper)',
      missing=['return'],
      decoys=[{'t': 'Tiket keberangkatan Surabaya - Bandar Seri Begawan ditanggung Pemberi '
               'Kerja.', 'en': 'The outbound ticket from Surabaya to Bandar Seri Begawan is '
               'paid by the Employer.'}],
      la_given=[('CTR-001', {'t': 'Paspor dan kartu identitas pekerja dipegang oleh peserta '
                             'sendiri; majikan hanya boleh meminjam untuk perpanjangan izin '
                             'dan mengembalikannya hari itu juga.',
                             'en': 'The trainee keeps her own passport and identity card; the '
                                   'employer may borrow them solely for a permit renewal and '
                                   'hands them back the same day.'}),
                ('CTR-006', {'t': 'Menikah atau belum, hak dan syarat kerja peserta tetap '
                             'sama.', 'en': 'Married or not, the trainee\'s rights and '
                             'terms stay the same.'})])
add(keterangan(c, 'LPK Cahaya Timur', 'Surabaya, Jawa Timur', '052/SK/LPK-CT/I/2026',
               'Drs. Abdul Rachman', ('pelatihan penata laksana rumah tangga 400 jam pelajaran',
                                      'a 400-hour housekeeping course'),
               {'wage': ('Gaji pokok BND 350 per bulan, dibayar paling lambat tanggal 7.',
                         'Basic wage BND 350 a month, paid by the 7th.'),
                'hours': ('Waktu kerja paling lama 10 jam sehari dengan istirahat malam '
                          '8 jam.', 'Not more than 10 hours of work a day with 8 hours of '
                          'night rest.'),
                'rest': ('Libur 1 hari penuh setiap minggu.', 'One full rest day each week.'),
                'complaint': ('Pengaduan dapat disampaikan ke Jabatan Buruh Brunei atau KBRI '
                              'Bandar Seri Begawan.', 'Complaints may go to the Brunei Labour '
                              'Department or the Indonesian Embassy in Bandar Seri Begawan.')}))

CONTRACTS.sort(key=lambda c: c['id'])
