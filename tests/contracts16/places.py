"""Destinations, origins and the per-contract parameters of batch 16."""

DEST = {
    'SA': dict(country='Saudi Arabia', country_id='Arab Saudi',
               restday='Friday', restday_id='Jumat',
               authority='the Ministry of Human Resources and Social '
                         'Development (hotline 19911)',
               authority_id='Kementerian Sumber Daya Manusia Arab Saudi '
                            '(hotline 19911)',
               capital='Riyadh'),
    'AE': dict(country='the UAE', country_id='Uni Emirat Arab',
               restday='Friday', restday_id='Jumat',
               authority='the Ministry of Human Resources and '
                         'Emiratisation (MOHRE, 600590000)',
               authority_id='Kementerian Sumber Daya Manusia UEA (MOHRE)',
               capital='Abu Dhabi'),
    'QA': dict(country='Qatar', country_id='Qatar', restday='Friday',
               restday_id='Jumat',
               authority='the Ministry of Labour of Qatar',
               authority_id='Kementerian Tenaga Kerja Qatar',
               capital='Doha'),
    'KW': dict(country='Kuwait', country_id='Kuwait', restday='Friday',
               restday_id='Jumat',
               authority='the Domestic Labour Department of the Public '
                         'Authority of Manpower',
               authority_id='Otoritas Tenaga Kerja Kuwait (PAM)',
               capital='Kuwait City'),
    'OM': dict(country='Oman', country_id='Oman', restday='Friday',
               restday_id='Jumat',
               authority='the Ministry of Labour of Oman',
               authority_id='Kementerian Tenaga Kerja Oman',
               capital='Muscat'),
    'BH': dict(country='Bahrain', country_id='Bahrain', restday='Friday',
               restday_id='Jumat',
               authority='the Labour Market Regulatory Authority (LMRA)',
               authority_id='LMRA Bahrain', capital='Manama'),
    'JO': dict(country='Jordan', country_id='Yordania', restday='Friday',
               restday_id='Jumat',
               authority='the Ministry of Labour of Jordan',
               authority_id='Kementerian Tenaga Kerja Yordania',
               capital='Amman'),
    'LB': dict(country='Lebanon', country_id='Lebanon', restday='Sunday',
               restday_id='Minggu',
               authority='the Ministry of Labour of Lebanon',
               authority_id='Kementerian Tenaga Kerja Lebanon',
               capital='Beirut'),
    'HK': dict(country='Hong Kong', country_id='Hong Kong',
               restday='Sunday', restday_id='Minggu',
               authority='the Labour Department (2717 1771)',
               authority_id='Labour Department Hong Kong (2717 1771)',
               capital='Hong Kong'),
    'SG': dict(country='Singapore', country_id='Singapura',
               restday='Sunday', restday_id='Minggu',
               authority='the Ministry of Manpower (MOM)',
               authority_id='Kementerian Tenaga Kerja Singapura (MOM)',
               capital='Singapore'),
    'MY': dict(country='Malaysia', country_id='Malaysia', restday='Sunday',
               restday_id='Minggu',
               authority='the Labour Department (Jabatan Tenaga Kerja)',
               authority_id='Jabatan Tenaga Kerja (JTK)',
               capital='Kuala Lumpur'),
    'TW': dict(country='Taiwan', country_id='Taiwan', restday='Sunday',
               restday_id='Minggu',
               authority="the Ministry of Labor's 1955 hotline",
               authority_id='saluran pengaduan 1955 Kementerian Tenaga Kerja '
                            'Taiwan',
               capital='Taipei'),
}

ORIG = {
    'ET': dict(name='Ethiopia', adj='Ethiopian', city='Addis Ababa'),
    'PH': dict(name='the Philippines', adj='Filipino', city='Manila'),
    'NP': dict(name='Nepal', adj='Nepali', city='Kathmandu'),
    'ID': dict(name='Indonesia', adj='Indonesian', city='Jakarta'),
    'BD': dict(name='Bangladesh', adj='Bangladeshi', city='Dhaka'),
    'IN': dict(name='India', adj='Indian', city='Kochi'),
    'LK': dict(name='Sri Lanka', adj='Sri Lankan', city='Colombo'),
    'PK': dict(name='Pakistan', adj='Pakistani', city='Lahore'),
    'KE': dict(name='Kenya', adj='Kenyan', city='Nairobi'),
    'MM': dict(name='Myanmar', adj='Myanmar', city='Yangon'),
    'UG': dict(name='Uganda', adj='Ugandan', city='Entebbe'),
    'VN': dict(name='Vietnam', adj='Vietnamese', city='Hanoi'),
    'GH': dict(name='Ghana', adj='Ghanaian', city='Accra'),
}


def embassy(o, d):
    on = ORIG[o]['name']
    short = on.replace('the ', '')
    cap = DEST[d]['capital']
    if d == 'HK':
        return 'the Consulate General of %s in Hong Kong' % on
    if d == 'TW':
        return {'PH': 'the Manila Economic and Cultural Office (MECO) in '
                      'Taipei',
                'ID': 'the Indonesian Economic and Trade Office (KDEI) in '
                      'Taipei',
                'VN': 'the Vietnam Economic and Cultural Office in Taipei'}[o]
    if o == 'BD' and d in ('MY', 'SG'):
        return 'the Bangladesh High Commission in %s' % cap
    if o == 'PH':
        return 'the Migrant Workers Office of the Philippine Embassy in %s' \
            % cap
    return 'the Embassy of %s in %s' % (short, cap)


def embassy_id(o, d):
    if o != 'ID':
        return 'kedutaan negara asal'
    if d == 'HK':
        return 'KJRI Hong Kong'
    if d == 'TW':
        return 'KDEI Taipei'
    return 'KBRI %s' % DEST[d]['capital']
