-- 1,000,000 generated business profiles for the portal benchmark (bench/portal.sh), written straight
-- into portal_profile as published versions. Names, trades, towns and districts are combined by
-- number, so words repeat as they do in real directories: many bakeries, many in each town.
-- All point to one organisation of the registry (:'organisation'); the benchmark measures the
-- portal, not the registry.
insert into portal_profile (id, organisation, status, published, published_at)
select gen_random_uuid(), :'organisation', 'PUBLISHED',
       jsonb_build_object(
           'name', t.trade || ' ' || s.family || ' ' || i,
           'shortDescription', t.offers,
           'description', t.offers || '. Familienbetrieb in ' || c.town || '-' || d.district || ' seit ' || (1900 + i % 120) || '.',
           'categories', t.categories,
           'street', 'Hauptstraße ' || (1 + i % 180),
           'postalCode', lpad(((10000 + i * 7) % 90000 + 10000)::text, 5, '0'),
           'city', c.town,
           'district', d.district,
           'openingHours', t.hours,
           'closures', '[]'::jsonb,
           'closedOnPublicHolidays', true,
           'socialLinks', '[]'::jsonb,
           'offers', case when i % 4 = 0 then '[{"title": "Wir nehmen den Stadtgutschein an", "voucher": true}]'::jsonb
                          else '[]'::jsonb end,
           'languages', '[]'::jsonb),
       now()
from generate_series(1, :count) as i
join lateral (select * from (values
    (0, 'Bäckerei', 'Brötchen, Brot und Kuchen aus eigener Backstube', '["lebensmittel", "handwerk"]'::jsonb, 'Mo-Fr 06:00-18:00; Sa 06:00-13:00'),
    (1, 'Metzgerei', 'Fleisch und Wurst aus der Region, Mittagstisch', '["lebensmittel", "handwerk"]'::jsonb, 'Mo-Fr 07:30-18:00; Sa 07:30-13:00'),
    (2, 'Café', 'Kaffee, hausgemachte Torten und Frühstück', '["gastronomie"]'::jsonb, 'Tu-Su 09:00-18:00'),
    (3, 'Gaststätte', 'Gutbürgerliche Küche und Biergarten', '["gastronomie"]'::jsonb, 'Tu-Sa 11:30-14:30, 17:00-23:00'),
    (4, 'Pizzeria', 'Pizza aus dem Steinofen, Pasta und Salate', '["gastronomie"]'::jsonb, 'Mo-Su 11:30-22:30'),
    (5, 'Friseursalon', 'Schneiden, Färben und Beratung', '["dienstleistung", "handwerk"]'::jsonb, 'Tu-Fr 09:00-18:00; Sa 08:00-14:00'),
    (6, 'Blumen', 'Sträuße, Gestecke und Pflanzen', '["einzelhandel"]'::jsonb, 'Mo-Fr 09:00-18:30; Sa 09:00-14:00'),
    (7, 'Buchhandlung', 'Bücher, Hörbücher und Lesungen', '["einzelhandel", "kultur-freizeit"]'::jsonb, 'Mo-Fr 09:30-18:30; Sa 09:30-16:00'),
    (8, 'Fahrradladen', 'Fahrräder und E-Bikes: Verkauf, Reparatur und Verleih', '["einzelhandel", "mobilitaet"]'::jsonb, 'Mo-Fr 10:00-18:30; Sa 10:00-14:00'),
    (9, 'Elektro', 'Elektroinstallation, Photovoltaik und Smart Home', '["handwerk"]'::jsonb, 'Mo-Fr 07:30-16:30'),
    (10, 'Tischlerei', 'Möbel nach Maß, Fenster und Türen', '["handwerk"]'::jsonb, 'Mo-Fr 07:00-16:00'),
    (11, 'Malerbetrieb', 'Anstrich, Tapezieren und Fassaden', '["handwerk"]'::jsonb, 'Mo-Fr 07:00-16:00'),
    (12, 'Sanitär und Heizung', 'Bäder, Heizungen und Wärmepumpen', '["handwerk"]'::jsonb, 'Mo-Fr 07:30-17:00'),
    (13, 'Physiotherapie', 'Krankengymnastik, Massage und Rückenschule', '["gesundheit"]'::jsonb, 'Mo-Fr 08:00-19:00'),
    (14, 'Optik', 'Brillen, Kontaktlinsen und Sehtest', '["einzelhandel", "gesundheit"]'::jsonb, 'Mo-Fr 09:00-18:30; Sa 09:30-13:30'),
    (15, 'Hofladen', 'Eier, Kartoffeln, Spargel und Erdbeeren vom Hof', '["lebensmittel"]'::jsonb, 'Tu-Fr 09:00-18:00; Sa 08:00-13:00'),
    (16, 'Kfz-Werkstatt', 'Inspektion, Reparatur und Reifenservice', '["mobilitaet", "handwerk"]'::jsonb, 'Mo-Fr 07:30-17:30'),
    (17, 'Schuhmacherei', 'Schuhreparatur und Schlüsseldienst', '["handwerk", "dienstleistung"]'::jsonb, 'Mo-Fr 09:00-18:00; Sa 09:00-13:00'),
    (18, 'Kiosk', 'Zeitschriften, Getränke und Paketannahme', '["einzelhandel"]'::jsonb, 'Mo-Sa 06:00-22:00; Su 08:00-20:00'),
    (19, 'Weltladen', 'Fair gehandelter Kaffee und Kunsthandwerk', '["einzelhandel"]'::jsonb, 'Mo-Fr 10:00-18:00; Sa 10:00-14:00')
  ) as trade(n, trade, offers, categories, hours) where trade.n = i % 20) t on true
join lateral (select (array['Hoffmann', 'Schulte', 'Becker', 'Krämer', 'Wessel', 'Brinkmann', 'Kowalski', 'Tenhagen',
    'Overkamp', 'Ahlers', 'Nowak', 'Hülsmann', 'Sander', 'Terhorst', 'Lueg', 'Pieper', 'Yilmaz', 'Kaiser', 'Borgmann',
    'Nienhaus', 'Lindemann', 'Esser', 'Winkelmann', 'Wojcik', 'Rademacher', 'Schürmann', 'Bergmann', 'Kühne',
    'Olbrich', 'Grewer', 'Demir', 'Voss', 'Böckmann', 'Stratmann', 'Rehbein', 'Kempken', 'Lammert', 'Huppertz',
    'Sobczak', 'Tappe', 'Wilmsen', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner'])[1 + (i / 20) % 48]
    as family) s on true
join lateral (select (array['Bottrop', 'Essen', 'Gelsenkirchen', 'Gladbeck', 'Oberhausen', 'Dorsten', 'Bochum', 'Dortmund',
    'Duisburg', 'Herne', 'Recklinghausen', 'Marl', 'Mülheim an der Ruhr', 'Hamm', 'Witten', 'Hattingen', 'Castrop-Rauxel',
    'Herten', 'Moers', 'Wesel', 'Münster', 'Nürnberg', 'Fürth', 'Erlangen', 'Berlin'])[1 + (i / 7) % 25] as town) c on true
join lateral (select (array['Mitte', 'Nord', 'Süd', 'Ost', 'West', 'Altstadt', 'Neustadt', 'Hafen', 'Feld', 'Heide',
    'Bruch', 'Berg'])[1 + (i / 3) % 12] as district) d on true;
analyze portal_profile;
