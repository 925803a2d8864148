/**
 * Name material for generating realistic Indonesian civil-servant names in demo data.
 *
 * A generated name is usually: [front title] given [second/family name][, back title[, back title]].
 * Given names mix Javanese, Sundanese, Muslim, Christian, Balinese, Batak, Minahasa/Ambon and
 * Chinese-Indonesian usage; some are two words. Single-word names (given name only) are common and
 * realistic, especially among older Javanese civil servants.
 * All names are generic; none is meant to identify a real person.
 * Pure data: no I/O.
 */

export type Gender = "M" | "F";

export const MALE_GIVEN: string[] = [
  // Javanese
  "Agus", "Bambang", "Budi", "Joko", "Slamet", "Suparman", "Sugeng", "Heru", "Teguh", "Wahyu",
  "Eko", "Bagus", "Galih", "Dimas", "Yoga", "Sutarno", "Sukirno", "Haryanto", "Purwadi", "Mulyono",
  "Eko Budi", "Dwi Cahyo", "Tri Wahyu", "Bayu Aji", "Anton Susilo", "Raden Mas Haryo",
  // Sundanese
  "Asep", "Ujang", "Dadang", "Cecep", "Deden", "Yayan", "Ade Supriatna", "Aep Saepudin",
  // Muslim / Arabic
  "Muhammad Rizki", "Ahmad Fauzi", "Abdul Rahman", "Muhammad Iqbal", "Fajar", "Rizky", "Arif", "Irfan",
  "Ridwan", "Hasan", "Faisal", "Zainal Arifin", "Syaiful", "Ilham", "Mochammad Nur", "Luthfi",
  // Christian / Catholic
  "Yohanes", "Stefanus", "Petrus", "Paulus", "Andreas", "Fransiskus Xaverius", "Yosef", "Antonius",
  "Markus", "Gregorius", "Daniel", "Samuel", "Timotius", "Benediktus", "Ignatius Heri",
  // Balinese
  "I Wayan Sudiarta", "I Made Suarjana", "I Gede Artawan", "I Ketut Sudana", "I Nyoman Wirata", "I Putu Agus",
  // Batak
  "Togar", "Parulian", "Hotman", "Binsar", "Poltak", "Marihot",
  // Minahasa, Ambon, Papua, Chinese-Indonesian and general
  "Johanis", "Frederik", "Yeremias", "Marthen", "Hendrik", "Willy", "Lukas", "Felix",
  "Rudi", "Dedi", "Hendra", "Andi", "Reza", "Aditya", "Kevin", "Rafi",
];

export const FEMALE_GIVEN: string[] = [
  // Javanese
  "Sri", "Endang", "Sri Wahyuni", "Dewi", "Ratna", "Tuti", "Yuni", "Sulastri", "Sumarni", "Suryani",
  "Rini", "Retno", "Dyah Ayu", "Indah", "Ratih", "Anggun", "Wulan", "Galuh", "Puji", "Kartini",
  "Sekar Ayu", "Larasati", "Kirana", "Rr. Ayu Kinanti",
  // Sundanese
  "Euis", "Neneng", "Iis", "Nining", "Imas", "Rina", "Yeni", "Lilis", "Cucu Sumiati",
  // Muslim / Arabic
  "Siti Aminah", "Siti Fatimah", "Nur Aini", "Nurul Hidayah", "Fitri", "Aisyah", "Khadijah", "Zahra",
  "Annisa", "Laila", "Ummi Kulsum", "Latifah", "Rahma", "Nabila", "Salsabila", "Ni'matul Azizah",
  // Christian / Catholic
  "Maria", "Maria Goretti", "Theresia", "Veronika", "Agnes", "Yohana", "Monika", "Elisabeth",
  "Katarina", "Fransiska", "Margaretha", "Priskila", "Debora", "Ruth", "Lidia", "Christina",
  // Balinese
  "Ni Luh Putu Ayu", "Ni Made Sri", "Ni Ketut Ariani", "Ni Wayan Sukerti", "Ni Nyoman Sudiani",
  // Batak
  "Tiurma", "Romauli", "Lamtiur", "Dameria", "Rotua",
  // Chinese-Indonesian and general
  "Putri", "Nadia", "Citra", "Dinda", "Intan", "Mega", "Tiara", "Vania", "Cindy", "Melati", "Meiliana",
];

/**
 * Second names and family names. `gender` marks names that are used (almost) only for men or women;
 * names without it (Batak marga, Minahasa/Ambon fam, many Chinese-Indonesian surnames) fit anyone.
 */
export const FAMILY_OR_SECOND: { name: string; gender?: Gender }[] = [
  // Javanese / general, male
  { name: "Santoso", gender: "M" },
  { name: "Wibowo", gender: "M" },
  { name: "Nugroho", gender: "M" },
  { name: "Prasetyo", gender: "M" },
  { name: "Susanto", gender: "M" },
  { name: "Hartono", gender: "M" },
  { name: "Setiawan", gender: "M" },
  { name: "Kurniawan", gender: "M" },
  { name: "Gunawan", gender: "M" },
  { name: "Saputra", gender: "M" },
  { name: "Pratama", gender: "M" },
  { name: "Hidayat", gender: "M" },
  { name: "Firmansyah", gender: "M" },
  { name: "Ramadhan", gender: "M" },
  { name: "Purnomo", gender: "M" },
  { name: "Wicaksono", gender: "M" },
  { name: "Sutrisno", gender: "M" },
  { name: "Hermawan", gender: "M" },
  { name: "Budiman", gender: "M" },
  { name: "Syahputra", gender: "M" },
  { name: "Haryadi", gender: "M" },
  { name: "Adinegoro", gender: "M" },
  { name: "Sulistyo", gender: "M" },
  { name: "Supriyadi", gender: "M" },
  { name: "Effendi", gender: "M" },
  // Javanese / general, female
  { name: "Lestari", gender: "F" },
  { name: "Rahmawati", gender: "F" },
  { name: "Kusumawardhani", gender: "F" },
  { name: "Handayani", gender: "F" },
  { name: "Wulandari", gender: "F" },
  { name: "Puspitasari", gender: "F" },
  { name: "Anggraini", gender: "F" },
  { name: "Maharani", gender: "F" },
  { name: "Safitri", gender: "F" },
  { name: "Permatasari", gender: "F" },
  { name: "Pertiwi", gender: "F" },
  { name: "Fitriani", gender: "F" },
  { name: "Susanti", gender: "F" },
  { name: "Rahayu", gender: "F" },
  { name: "Utami", gender: "F" },
  { name: "Setyaningsih", gender: "F" },
  { name: "Novitasari", gender: "F" },
  { name: "Nurhayati", gender: "F" },
  { name: "Yulianti", gender: "F" },
  { name: "Hapsari", gender: "F" },
  { name: "Kartikasari", gender: "F" },
  { name: "Sulistyowati", gender: "F" },
  { name: "Damayanti", gender: "F" },
  // Ungendered: Javanese-aristocratic, Chinese-Indonesian, Batak marga, Minahasa/Ambon fam
  { name: "Kusuma" },
  { name: "Wijaya" },
  { name: "Halim" },
  { name: "Tanujaya" },
  { name: "Siregar" },
  { name: "Hutapea" },
  { name: "Simanjuntak" },
  { name: "Nainggolan" },
  { name: "Sitompul" },
  { name: "Lubis" },
  { name: "Nasution" },
  { name: "Harahap" },
  { name: "Pardede" },
  { name: "Sinaga" },
  { name: "Situmorang" },
  { name: "Panjaitan" },
  { name: "Tambunan" },
  { name: "Pangaribuan" },
  { name: "Sondakh" },
  { name: "Mandagi" },
  { name: "Wenas" },
  { name: "Pattiasina" },
  { name: "Latuconsina" },
];

/** Gender-neutral front titles (gelar depan). */
export const FRONT_TITLES: string[] = ["Dr.", "Ir.", "dr.", "drg.", "Dr. Ir.", "Dr. dr.", "Prof. Dr.", "apt.", "Ns."];

/** Gendered front titles: hajj titles and the old Drs./Dra. degrees. */
export const GENDERED_FRONT_TITLES: { title: string; gender: Gender }[] = [
  { title: "H.", gender: "M" },
  { title: "Hj.", gender: "F" },
  { title: "Drs.", gender: "M" },
  { title: "Dra.", gender: "F" },
];

export type BackTitleLevel = "D3" | "D4" | "S1" | "S2" | "S3";

/** Back titles (gelar belakang) with the education level they stand for. */
export const BACK_TITLE_DETAILS: { title: string; level: BackTitleLevel }[] = [
  { title: "A.Md.", level: "D3" },
  { title: "A.Md.Kom.", level: "D3" },
  { title: "A.Md.Kep.", level: "D3" },
  { title: "A.Md.Ak.", level: "D3" },
  { title: "S.Tr.IP.", level: "D4" },
  { title: "S.STP.", level: "D4" },
  { title: "S.Sos.", level: "S1" },
  { title: "S.E.", level: "S1" },
  { title: "S.H.", level: "S1" },
  { title: "S.Kom.", level: "S1" },
  { title: "S.T.", level: "S1" },
  { title: "S.IP.", level: "S1" },
  { title: "S.Ak.", level: "S1" },
  { title: "S.Psi.", level: "S1" },
  { title: "S.Kep.", level: "S1" },
  { title: "S.Pd.", level: "S1" },
  { title: "S.K.M.", level: "S1" },
  { title: "S.Stat.", level: "S1" },
  { title: "S.I.Kom.", level: "S1" },
  { title: "S.A.P.", level: "S1" },
  { title: "S.P.", level: "S1" },
  { title: "M.M.", level: "S2" },
  { title: "M.Si.", level: "S2" },
  { title: "M.Kom.", level: "S2" },
  { title: "M.T.", level: "S2" },
  { title: "M.A.P.", level: "S2" },
  { title: "M.H.", level: "S2" },
  { title: "M.Pd.", level: "S2" },
  { title: "M.Kes.", level: "S2" },
  { title: "M.Ak.", level: "S2" },
  { title: "M.P.A.", level: "S2" },
  { title: "M.Eng.", level: "S2" },
  { title: "M.Sc.", level: "S2" },
];

/** Back titles only, e.g. "S.Sos.", "M.Si.". */
export const BACK_TITLES: string[] = BACK_TITLE_DETAILS.map((t) => t.title);

/**
 * Hand-written full names that exercise edge cases in display, sorting, search and certificates:
 * very long names, several titles, apostrophes, abbreviated first names, single names, Balinese and
 * Batak forms. Fictional.
 */
export const EDGE_CASE_FULL_NAMES: { name: string; gender: Gender }[] = [
  { name: "Dr. Ir. Raden Mas Haryo Bimo Adinegoro Kusumowardhono, S.T., M.T., M.Eng.", gender: "M" },
  { name: "Hj. Raden Roro Sekar Ayu Kusumawardhani Puspitaningrum, S.Sos., M.Si.", gender: "F" },
  { name: "Ni Luh Putu Ayu Suryaningsih Dewi Maharani, S.Kom., M.Kom.", gender: "F" },
  { name: "I Gusti Ngurah Made Agung Wirawan Putra, S.STP., M.A.P.", gender: "M" },
  { name: "Fransiskus Xaverius Gregorius Bambang Hadi Santoso, S.H., M.H.", gender: "M" },
  { name: "Tiurma Romauli br. Hutapea, S.E., M.Ak.", gender: "F" },
  { name: "Ni'matul Khoiriyah, A.Md.", gender: "F" },
  { name: "M. Nur Sholeh", gender: "M" },
  { name: "Moch. Ma'ruf Hidayatullah, S.IP.", gender: "M" },
  { name: "Sukirno", gender: "M" },
  { name: "Sumarni", gender: "F" },
  { name: "dr. Yohana Christina Sondakh, M.Kes.", gender: "F" },
];
