/**
 * Demo competency dictionary for Bangkom.
 *
 * - Manajerial M.01–M.08 and Sosial Kultural SK.01 follow PermenPANRB 38/2017.
 * - Teknis T.01–T.16 are examples an Indonesian city government might define for itself.
 * - Pemerintahan P.01–P.07 follow the seven areas of Permendagri 108/2017.
 *
 * Level descriptors (index 0 = level 1 … index 4 = level 5) are written for this project and follow the
 * meaning of the levels in seed 002: 1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli.
 * Pure data: no I/O.
 */

export type CompetencyKind = "MANAGERIAL" | "SOCIOCULTURAL" | "TECHNICAL" | "GOVERNMENT";

export type CompetencySeed = {
  code: string;
  kind: CompetencyKind;
  name: string;
  description: string;
  /** Descriptor for level 1..5 (Paham, Dasar, Menengah, Mumpuni, Ahli). */
  levels: [string, string, string, string, string];
};

/** Names of the five proficiency levels, index 0 = level 1. */
export const LEVEL_NAMES = ["Paham", "Dasar", "Menengah", "Mumpuni", "Ahli"] as const;

export const COMPETENCIES: CompetencySeed[] = [
  // ---------------------------------------------------------------------------------------------
  // Manajerial (PermenPANRB 38/2017)
  // ---------------------------------------------------------------------------------------------
  {
    code: "M.01",
    kind: "MANAGERIAL",
    name: "Integritas",
    description:
      "Bersikap dan bertindak secara konsisten sesuai nilai, norma, dan etika organisasi, jujur kepada siapa pun di lingkungan kerja, serta berani menanggung akibat dari tindakan dan keputusannya.",
    levels: [
      "Memahami nilai, norma, dan kode etik ASN serta menerapkannya dalam tindakan pribadi sehari-hari, misalnya tidak memakai fasilitas kantor untuk kepentingan pribadi. Masih memerlukan arahan ketika menghadapi situasi yang dilematis.",
      "Secara mandiri bertindak sesuai kode etik dan mengingatkan rekan kerja bila ada perilaku yang menyimpang dari aturan. Mengakui kesalahan sendiri dan memperbaikinya tanpa menunggu teguran.",
      "Menanamkan komitmen etis di dalam tim yang dipimpinnya dan memastikan setiap anggota bekerja sesuai aturan. Berani menolak permintaan yang melanggar ketentuan meskipun datang dari pihak yang berpengaruh.",
      "Membangun sistem dan iklim kerja di unitnya yang mencegah benturan kepentingan dan praktik koruptif, misalnya melalui pengendalian gratifikasi dan pembagian kewenangan yang jelas. Menjadi rujukan instansi dalam menyikapi persoalan etika yang rumit.",
      "Menjadi teladan integritas yang diakui di tingkat instansi hingga nasional dan mendorong para pemangku kepentingan menjunjung etika. Merumuskan kebijakan antikorupsi serta budaya etika organisasi dan menanggung risiko dari keputusan yang berprinsip.",
    ],
  },
  {
    code: "M.02",
    kind: "MANAGERIAL",
    name: "Kerja Sama",
    description:
      "Kemampuan menjalin, membina, dan mempertahankan hubungan kerja yang efektif, saling membantu dalam menyelesaikan tugas, serta memanfaatkan sumber daya bersama untuk mencapai tujuan organisasi.",
    levels: [
      "Berpartisipasi aktif sebagai anggota tim dan menyelesaikan bagian tugasnya tepat waktu. Bersedia berbagi informasi yang diperlukan rekan kerja.",
      "Membantu rekan kerja yang mengalami kesulitan dan menghargai masukan dari anggota tim lain. Membina hubungan kerja yang baik dengan rekan di unit sendiri maupun unit lain.",
      "Membangun komitmen tim untuk mencapai sasaran bersama dan mengelola perbedaan pendapat secara konstruktif. Mendorong anggota tim dengan latar belakang berbeda untuk saling melengkapi.",
      "Membangun kolaborasi lintas unit dan lintas perangkat daerah untuk menyelesaikan persoalan yang tidak dapat ditangani satu unit saja. Menengahi kepentingan antarunit yang bertentangan demi tujuan organisasi.",
      "Menciptakan jejaring kemitraan strategis dengan instansi pusat, pemerintah daerah lain, dunia usaha, perguruan tinggi, dan masyarakat sipil. Menjadikan budaya kolaborasi bagian dari kebijakan dan sistem kerja instansi.",
    ],
  },
  {
    code: "M.03",
    kind: "MANAGERIAL",
    name: "Komunikasi",
    description:
      "Kemampuan menyampaikan pandangan dan gagasan secara jelas, runtut, dan meyakinkan, baik lisan maupun tertulis, disertai kemampuan mendengarkan secara aktif dan memahami lawan bicara.",
    levels: [
      "Menyampaikan informasi secara lisan dan tertulis dengan jelas kepada rekan kerja dan atasan. Mendengarkan dengan saksama dan bertanya bila ada hal yang belum dipahami.",
      "Menyusun surat, laporan, dan bahan paparan sederhana secara runtut sesuai tata naskah dinas. Menyesuaikan cara penyampaian dengan lawan bicara agar pesan mudah dipahami.",
      "Menyampaikan gagasan dan argumen yang meyakinkan dalam rapat atau forum antarunit serta menjembatani perbedaan pandangan. Menyusun bahan komunikasi yang tepat sasaran bagi kelompok penerima yang berbeda.",
      "Mengomunikasikan isu yang sensitif atau kompleks kepada pimpinan, DPRD, media, dan masyarakat secara efektif. Mengembangkan strategi komunikasi unit dan membimbing bawahan agar berkomunikasi secara profesional.",
      "Menjadi juru bicara instansi yang kredibel di forum regional maupun nasional dan mampu memengaruhi opini publik dengan argumen yang kuat. Merumuskan kebijakan komunikasi organisasi yang membangun kepercayaan publik.",
    ],
  },
  {
    code: "M.04",
    kind: "MANAGERIAL",
    name: "Orientasi pada Hasil",
    description:
      "Kemampuan menjaga komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan dan bertanggung jawab, mampu mengenali risiko dan peluang, serta berinisiatif meningkatkan kinerja.",
    levels: [
      "Menyelesaikan tugas sesuai standar waktu dan mutu yang ditetapkan atasan. Menyadari pentingnya target kinerja yang tercantum dalam SKP.",
      "Menetapkan dan memantau target kerja pribadi serta mencari cara yang lebih efisien untuk mencapainya. Bertanggung jawab penuh atas mutu hasil kerjanya sendiri.",
      "Menetapkan target yang menantang bagi tim, memantau capaiannya secara berkala, dan melakukan koreksi bila terjadi penyimpangan. Mengenali risiko yang dapat menghambat pencapaian sasaran.",
      "Mengembangkan sistem pengukuran kinerja unit yang selaras dengan sasaran strategis perangkat daerah. Mendorong inovasi dan perbaikan berkelanjutan agar hasil melampaui standar.",
      "Menetapkan arah dan sasaran kinerja organisasi jangka panjang yang berdampak luas bagi masyarakat. Membangun budaya kerja berbasis kinerja yang menjadi acuan bagi instansi lain.",
    ],
  },
  {
    code: "M.05",
    kind: "MANAGERIAL",
    name: "Pelayanan Publik",
    description:
      "Kemampuan melaksanakan tugas pemerintahan, pembangunan, dan pelayanan publik secara profesional, transparan, dan netral, dengan mengutamakan kepuasan masyarakat sesuai standar pelayanan.",
    levels: [
      "Memberikan pelayanan dengan ramah, sopan, dan sesuai standar operasional prosedur. Memahami hak masyarakat atas pelayanan yang setara dan tidak diskriminatif.",
      "Menanggapi keluhan masyarakat secara mandiri dan tepat waktu serta menindaklanjutinya hingga tuntas. Menjaga netralitas dan tidak membeda-bedakan pengguna layanan.",
      "Memantau kepuasan masyarakat terhadap layanan unit dan menganalisis penyebab keluhan yang berulang. Menyusun perbaikan prosedur layanan bersama tim.",
      "Merancang inovasi pelayanan publik yang diakui di tingkat instansi, misalnya layanan daring terpadu atau penyederhanaan persyaratan. Menjamin transparansi layanan melalui standar pelayanan dan maklumat yang dipublikasikan.",
      "Merumuskan kebijakan pelayanan publik yang berdampak luas dan menjadi rujukan bagi pemerintah daerah lain. Membangun sistem pelayanan yang melibatkan masyarakat dalam perancangan dan pengawasannya.",
    ],
  },
  {
    code: "M.06",
    kind: "MANAGERIAL",
    name: "Pengembangan Diri dan Orang Lain",
    description:
      "Kemampuan meningkatkan pengetahuan dan menyempurnakan keterampilan diri, serta menginspirasi, mendorong, dan memfasilitasi orang lain untuk mengembangkan potensinya.",
    levels: [
      "Menyadari kelebihan dan kekurangan dirinya dan berusaha belajar dari pengalaman kerja. Mengikuti kegiatan pengembangan kompetensi yang ditugaskan.",
      "Menyusun rencana pengembangan diri secara mandiri dan mencari kesempatan belajar di luar penugasan, misalnya melalui e-learning. Berbagi pengetahuan dengan rekan kerja.",
      "Memberikan umpan balik, bimbingan, dan kesempatan belajar kepada anggota tim sesuai kebutuhan masing-masing. Mengusulkan bawahan mengikuti pelatihan yang sesuai dengan kesenjangan kompetensinya.",
      "Menyusun program pengembangan kompetensi unit berdasarkan analisis kebutuhan dan mengevaluasi dampaknya terhadap kinerja. Menjadi coach dan mentor yang diakui di tingkat instansi.",
      "Membangun sistem manajemen talenta dan budaya belajar organisasi yang berkelanjutan. Menyiapkan kader pimpinan melalui rencana suksesi dan menjadi rujukan pengembangan SDM aparatur di tingkat nasional.",
    ],
  },
  {
    code: "M.07",
    kind: "MANAGERIAL",
    name: "Mengelola Perubahan",
    description:
      "Kemampuan menyesuaikan diri dengan situasi baru atau yang berubah, tidak terpaku pada metode dan proses lama, serta mengambil tindakan untuk mendukung dan menjalankan inisiatif perubahan.",
    levels: [
      "Menyadari adanya perubahan kebijakan, prosedur, atau teknologi kerja dan bersedia mempelajarinya. Mengikuti arahan dalam menerapkan perubahan.",
      "Menyesuaikan cara kerjanya dengan cepat terhadap perubahan dan membantu rekan kerja beradaptasi. Memberikan masukan praktis untuk memperlancar penerapan perubahan.",
      "Memimpin tim dalam menerapkan perubahan, menjelaskan alasan dan manfaatnya, serta menangani penolakan secara persuasif. Menyesuaikan rencana kerja tim dengan perubahan yang terjadi.",
      "Merancang dan mengelola program perubahan di unitnya, termasuk analisis dampak, rencana komunikasi, dan mitigasi risiko. Membangun kesiapan organisasi untuk menghadapi perubahan berikutnya.",
      "Menggagas transformasi organisasi berskala besar, seperti reformasi birokrasi atau transformasi digital, dan memastikan keberlanjutannya. Pendekatan perubahannya dijadikan contoh oleh instansi lain.",
    ],
  },
  {
    code: "M.08",
    kind: "MANAGERIAL",
    name: "Pengambilan Keputusan",
    description:
      "Kemampuan mengambil keputusan yang tepat waktu dan meyakinkan dengan prinsip kehati-hatian, berdasarkan informasi yang memadai, perbandingan alternatif, dan perhitungan konsekuensi, serta bertanggung jawab atas keputusan tersebut.",
    levels: [
      "Mengumpulkan informasi yang relevan untuk memahami masalah sederhana dalam tugasnya. Mengambil keputusan rutin sesuai prosedur dan meminta arahan bila ragu.",
      "Menganalisis masalah secara mandiri, membandingkan beberapa alternatif, dan memilih solusi yang paling tepat untuk pekerjaannya. Memperhitungkan akibat keputusannya terhadap pekerjaan rekan kerja.",
      "Mengambil keputusan operasional bagi tim berdasarkan data, analisis risiko, dan ketentuan yang berlaku. Berani memutuskan tepat waktu meskipun informasi belum sepenuhnya lengkap.",
      "Menyelesaikan masalah yang kompleks dan lintas unit dengan mempertimbangkan kepentingan berbagai pihak serta dampak jangka panjang. Membangun mekanisme pengambilan keputusan berbasis bukti di unitnya.",
      "Mengambil keputusan strategis yang berdampak luas bagi organisasi dan masyarakat dalam situasi yang serba tidak pasti. Bertanggung jawab penuh atas risikonya dan menjadi rujukan dalam pengambilan keputusan yang sulit.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Sosial kultural
  // ---------------------------------------------------------------------------------------------
  {
    code: "SK.01",
    kind: "SOCIOCULTURAL",
    name: "Perekat Bangsa",
    description:
      "Kemampuan menumbuhkan sikap toleran, terbuka, dan peka terhadap perbedaan individu maupun kelompok, serta menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat yang majemuk dalam agama, suku, dan budaya.",
    levels: [
      "Menghargai perbedaan agama, suku, budaya, dan pandangan di lingkungan kerja serta bersikap sopan kepada semua orang. Tidak menunjukkan prasangka dalam pergaulan maupun pelayanan.",
      "Bergaul dan bekerja sama secara terbuka dengan rekan dan warga dari latar belakang yang berbeda. Menyesuaikan cara berinteraksi agar dapat diterima oleh kelompok yang beragam.",
      "Mendorong sikap saling menghormati di dalam tim dan menengahi perbedaan pendapat yang berakar pada latar belakang sosial budaya. Memastikan pelayanan unitnya adil bagi seluruh kelompok masyarakat.",
      "Mengelola potensi konflik sosial di wilayah atau bidang tugasnya dengan melibatkan tokoh agama, tokoh masyarakat, dan forum kerukunan. Merancang program yang memperkuat kohesi sosial.",
      "Menjadi perekat antarkelompok masyarakat dan pemangku kepentingan dalam skala kota hingga nasional. Merumuskan kebijakan yang menjaga persatuan dan kerukunan di tengah kemajemukan masyarakat.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Teknis (defined by the agency)
  // ---------------------------------------------------------------------------------------------
  {
    code: "T.01",
    kind: "TECHNICAL",
    name: "Perencanaan Transportasi",
    description:
      "Kemampuan menyusun rencana sistem transportasi perkotaan, meliputi analisis kebutuhan perjalanan, jaringan angkutan umum, manajemen dan rekayasa lalu lintas, serta keselamatan jalan.",
    levels: [
      "Memahami istilah dasar perencanaan transportasi seperti volume lalu lintas, kapasitas jalan, dan trayek angkutan umum. Membantu penghitungan lalu lintas di lapangan di bawah arahan.",
      "Melaksanakan survei lalu lintas dan survei naik-turun penumpang dengan metode baku, lalu mengolah datanya menjadi tabel dan grafik. Menghitung indikator sederhana seperti rasio volume terhadap kapasitas.",
      "Menganalisis kinerja ruas dan simpang jalan serta mengusulkan alternatif rekayasa lalu lintas atau penyesuaian trayek. Menyusun dokumen analisis dampak lalu lintas untuk kegiatan berskala kecil.",
      "Menyusun rencana induk transportasi kota, termasuk integrasi angkutan massal seperti BRT dengan moda lain, dengan bantuan pemodelan transportasi. Menilai dokumen andalalin yang kompleks dan membimbing perencana yang lebih junior.",
      "Merumuskan kebijakan mobilitas perkotaan berkelanjutan yang diakui secara nasional, misalnya pengembangan kawasan berorientasi transit. Memadukan pertimbangan tata ruang, ekonomi, dan lingkungan dalam perencanaan transportasi.",
    ],
  },
  {
    code: "T.02",
    kind: "TECHNICAL",
    name: "Pengelolaan Keuangan Daerah",
    description:
      "Kemampuan melaksanakan siklus pengelolaan keuangan daerah, mulai dari penganggaran, penatausahaan, dan akuntansi hingga pelaporan dan pertanggungjawaban APBD sesuai ketentuan.",
    levels: [
      "Memahami struktur APBD dan dokumen pelaksanaan anggaran seperti DPA. Mengarsipkan bukti transaksi serta mencatat penerimaan dan pengeluaran di bawah arahan.",
      "Menyiapkan dokumen SPP dan SPM serta menatausahakan kas bendahara sesuai prosedur menggunakan SIPD. Menyusun laporan pertanggungjawaban bendahara secara mandiri.",
      "Menyusun RKA perangkat daerah, memverifikasi permintaan pembayaran, dan menyusun laporan keuangan SKPD sesuai standar akuntansi pemerintahan. Menganalisis selisih antara realisasi dan anggaran.",
      "Mengonsolidasikan laporan keuangan pemerintah daerah, menindaklanjuti temuan BPK, dan menyempurnakan kebijakan akuntansi daerah. Menjadi rujukan pengelola keuangan di seluruh perangkat daerah.",
      "Merancang pembaruan pengelolaan keuangan daerah, seperti penganggaran berbasis kinerja yang terpadu, yang diakui secara nasional. Memadukan analisis fiskal, hukum, dan kebijakan publik untuk menjaga kesinambungan fiskal daerah.",
    ],
  },
  {
    code: "T.03",
    kind: "TECHNICAL",
    name: "Pengadaan Barang/Jasa Pemerintah",
    description:
      "Kemampuan merencanakan dan melaksanakan pengadaan barang/jasa pemerintah sesuai peraturan presiden tentang pengadaan, mulai dari identifikasi kebutuhan dan pemilihan penyedia hingga pengelolaan kontrak.",
    levels: [
      "Memahami prinsip, etika, dan tahapan pengadaan barang/jasa pemerintah. Membantu menyiapkan dokumen administrasi pengadaan di bawah arahan.",
      "Melaksanakan pengadaan langsung dan e-purchasing melalui katalog elektronik sesuai prosedur. Menyusun spesifikasi teknis dan harga perkiraan sendiri untuk paket sederhana.",
      "Menyusun dokumen pemilihan dan mengevaluasi penawaran tender barang, pekerjaan konstruksi, atau jasa konsultansi. Mengenali indikasi persekongkolan dan menanganinya sesuai ketentuan.",
      "Menangani pengadaan yang kompleks dan berisiko tinggi, termasuk pengadaan terintegrasi dan penyelesaian sengketa kontrak. Membina pengelola pengadaan di perangkat daerah lain dan menyusun strategi pengadaan daerah.",
      "Merumuskan kebijakan dan inovasi pengadaan, misalnya pengadaan berkelanjutan atau katalog elektronik lokal, yang menjadi rujukan nasional. Memadukan aspek hukum, ekonomi, dan teknis dalam tata kelola pengadaan.",
    ],
  },
  {
    code: "T.04",
    kind: "TECHNICAL",
    name: "Tata Kelola E-Government",
    description:
      "Kemampuan merencanakan, menerapkan, dan mengevaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE), meliputi arsitektur, aplikasi, infrastruktur, dan layanan digital pemerintah daerah.",
    levels: [
      "Memahami konsep SPBE dan manfaat layanan digital bagi pemerintahan. Mengoperasikan aplikasi layanan internal sesuai panduan.",
      "Mengelola data dan konten aplikasi layanan di unit kerjanya serta menangani kendala teknis sederhana dari pengguna. Mendokumentasikan proses bisnis layanan yang didigitalkan.",
      "Menganalisis kebutuhan aplikasi, menyusun spesifikasinya, dan mengoordinasikan pengembangan atau integrasi layanan digital. Menyiapkan bukti dukung evaluasi SPBE untuk indikator yang menjadi tanggung jawabnya.",
      "Menyusun arsitektur dan peta rencana SPBE daerah serta memastikan interoperabilitas antaraplikasi perangkat daerah. Memimpin penilaian mandiri SPBE dan menetapkan langkah peningkatan indeksnya.",
      "Merancang strategi transformasi digital pemerintah daerah yang diakui secara nasional, termasuk tata kelola data dan layanan terpadu. Memadukan aspek teknologi, hukum, dan manajemen perubahan.",
    ],
  },
  {
    code: "T.05",
    kind: "TECHNICAL",
    name: "Pengelolaan Arsip",
    description:
      "Kemampuan mengelola arsip dinamis dan statis sesuai kaidah kearsipan, meliputi penciptaan, penggunaan, pemeliharaan, penyusutan, dan pelestarian arsip, termasuk arsip elektronik.",
    levels: [
      "Memahami jenis arsip dan prinsip dasar penataannya. Mencatat surat masuk dan surat keluar serta menyimpan berkas sesuai petunjuk.",
      "Menata arsip aktif dan inaktif berdasarkan klasifikasi arsip dan menggunakan aplikasi kearsipan seperti SRIKANDI. Melayani peminjaman arsip sesuai prosedur.",
      "Menyusun daftar arsip, menilai arsip berdasarkan jadwal retensi, dan menyiapkan usulan pemusnahan atau penyerahan arsip statis. Melakukan alih media arsip dengan tetap menjaga keautentikannya.",
      "Menyusun kebijakan dan pedoman kearsipan perangkat daerah, termasuk klasifikasi arsip, JRA, serta klasifikasi keamanan dan akses arsip. Melakukan pengawasan kearsipan internal dan membina arsiparis lain.",
      "Merancang sistem kearsipan elektronik terpadu dan strategi pelestarian arsip jangka panjang yang menjadi rujukan nasional. Memadukan kearsipan dengan tata kelola informasi dan keterbukaan informasi publik.",
    ],
  },
  {
    code: "T.06",
    kind: "TECHNICAL",
    name: "Penegakan Peraturan Daerah",
    description:
      "Kemampuan menegakkan peraturan daerah dan peraturan kepala daerah serta menyelenggarakan ketertiban umum dan ketenteraman masyarakat secara humanis sesuai kewenangan Satuan Polisi Pamong Praja.",
    levels: [
      "Memahami tugas Satpol PP dan isi pokok perda yang sering ditegakkan, seperti perda ketertiban umum dan penataan pedagang kaki lima. Mengikuti kegiatan patroli dan penjagaan sesuai perintah.",
      "Melaksanakan patroli, penertiban, dan pengamanan kegiatan sesuai SOP dengan tetap menghormati hak warga. Menyusun laporan kejadian dan berita acara sederhana.",
      "Merencanakan dan memimpin operasi penertiban tingkat regu, dengan mengutamakan pendekatan persuasif sebelum tindakan represif. Melakukan penyelidikan awal atas pelanggaran perda bersama PPNS.",
      "Menangani penegakan perda yang berisiko tinggi atau berpotensi menimbulkan konflik sosial melalui koordinasi lintas instansi. Menyusun pola operasi dan standar penegakan yang menjadi acuan instansi.",
      "Merumuskan kebijakan penegakan perda dan ketertiban umum yang humanis dan berbasis data serta diakui secara nasional. Memadukan pendekatan hukum, sosial, dan keamanan dalam menyelesaikan masalah ketertiban.",
    ],
  },
  {
    code: "T.07",
    kind: "TECHNICAL",
    name: "Pelayanan Administrasi Kependudukan",
    description:
      "Kemampuan menyelenggarakan pendaftaran penduduk dan pencatatan sipil, mengelola data kependudukan, serta memfasilitasi pemanfaatannya sesuai ketentuan administrasi kependudukan.",
    levels: [
      "Memahami jenis dokumen kependudukan seperti KK, KTP-el, dan akta kelahiran beserta persyaratannya. Membantu menerima berkas permohonan di loket pelayanan.",
      "Memproses permohonan dokumen kependudukan melalui SIAK dengan teliti dan sesuai standar waktu pelayanan. Memverifikasi kelengkapan persyaratan secara mandiri.",
      "Menangani kasus kependudukan yang tidak baku, seperti data ganda, perubahan elemen data, atau pencatatan peristiwa penting yang terlambat. Menganalisis data kependudukan untuk kebutuhan perencanaan.",
      "Merancang inovasi layanan adminduk, seperti layanan jemput bola atau layanan daring terintegrasi, sambil menjaga mutu dan keamanan data kependudukan. Menyusun kerja sama pemanfaatan data dengan lembaga pengguna.",
      "Merumuskan kebijakan tata kelola data kependudukan dan identitas digital yang menjadi rujukan nasional. Memadukan aspek hukum, teknologi, dan pelindungan data pribadi.",
    ],
  },
  {
    code: "T.08",
    kind: "TECHNICAL",
    name: "Manajemen ASN",
    description:
      "Kemampuan mengelola manajemen ASN berbasis sistem merit, meliputi perencanaan kebutuhan, pengadaan, pangkat dan jabatan, pengembangan karier dan kompetensi, penilaian kinerja, serta pemberhentian.",
    levels: [
      "Memahami jenis ASN, jenjang pangkat dan golongan, serta layanan kepegawaian dasar. Mengarsipkan dokumen kepegawaian dan memutakhirkan data di SIASN di bawah arahan.",
      "Memproses layanan kepegawaian rutin, seperti kenaikan pangkat, kenaikan gaji berkala, dan cuti, sesuai prosedur. Memastikan kelengkapan dan keabsahan berkas usulan.",
      "Menganalisis kebutuhan pegawai, menyusun bahan mutasi dan promosi, serta mengelola penilaian kinerja pegawai. Menyusun analisis kebutuhan pengembangan kompetensi berdasarkan kesenjangan kompetensi.",
      "Menyusun kebijakan manajemen talenta, pola karier, dan standar kompetensi jabatan di lingkungan pemerintah daerah. Menerapkan sistem merit dan menjadi rujukan pengelola kepegawaian di perangkat daerah.",
      "Merancang pembaruan manajemen SDM aparatur yang diakui secara nasional, misalnya integrasi manajemen talenta dengan perencanaan suksesi. Memadukan aspek hukum, psikologi organisasi, dan kebijakan publik.",
    ],
  },
  {
    code: "T.09",
    kind: "TECHNICAL",
    name: "Analisis Kebijakan",
    description:
      "Kemampuan mengkaji masalah publik, merumuskan alternatif kebijakan berbasis bukti, memberikan rekomendasi kepada pengambil keputusan, dan mengevaluasi pelaksanaan kebijakan.",
    levels: [
      "Memahami siklus kebijakan publik dan jenis produk analisis kebijakan. Mengumpulkan data dan referensi untuk bahan kajian di bawah arahan.",
      "Menyusun telaahan staf dan ringkasan kebijakan sederhana berdasarkan data yang tersedia. Menggunakan metode analisis baku seperti analisis SWOT atau pemetaan pemangku kepentingan.",
      "Merumuskan masalah kebijakan, menilai alternatif dengan kriteria yang jelas, dan menyusun rekomendasi kebijakan. Mengevaluasi pelaksanaan kebijakan daerah beserta dampaknya.",
      "Memimpin kajian kebijakan lintas sektor dengan metode kuantitatif dan kualitatif yang kuat serta mengadvokasikan rekomendasinya kepada pimpinan daerah. Membina analis kebijakan lain di instansi.",
      "Menghasilkan kajian kebijakan orisinal yang diakui dan dirujuk secara nasional. Memadukan berbagai disiplin ilmu untuk memecahkan masalah publik yang kompleks.",
    ],
  },
  {
    code: "T.10",
    kind: "TECHNICAL",
    name: "Pengelolaan Data dan Statistik Sektoral",
    description:
      "Kemampuan mengumpulkan, mengolah, menganalisis, dan menyajikan data statistik sektoral sesuai prinsip Satu Data Indonesia, serta menjamin mutu data dan kelengkapan metadatanya.",
    levels: [
      "Memahami konsep data, metadata, dan prinsip Satu Data Indonesia. Memasukkan data ke formulir atau aplikasi sesuai petunjuk.",
      "Mengolah data dengan lembar kerja, membuat tabel dan grafik, serta memeriksa konsistensi data secara mandiri. Mengisi metadata statistik sesuai standar.",
      "Merancang kegiatan statistik sektoral, termasuk kuesioner, metode penarikan sampel, dan pengolahan data. Menganalisis data untuk menghasilkan indikator kinerja dan bahan perencanaan.",
      "Mengembangkan portal dan tata kelola Satu Data di tingkat daerah serta membina produsen data di perangkat daerah. Menerapkan analisis statistik lanjutan dan visualisasi interaktif untuk mendukung pengambilan keputusan.",
      "Merumuskan kebijakan dan standar data daerah yang menjadi rujukan nasional. Mengembangkan metode statistik dan analitik data baru, termasuk pemanfaatan mahadata untuk kebijakan publik.",
    ],
  },
  {
    code: "T.11",
    kind: "TECHNICAL",
    name: "Keamanan Informasi",
    description:
      "Kemampuan melindungi kerahasiaan, keutuhan, dan ketersediaan informasi serta sistem elektronik pemerintah daerah, termasuk persandian dan penanganan insiden siber.",
    levels: [
      "Memahami ancaman keamanan informasi yang umum seperti phishing, malware, dan kata sandi yang lemah. Menerapkan praktik aman dalam menggunakan perangkat kerja.",
      "Mengonfigurasi pengamanan dasar perangkat dan akun serta mengelola sertifikat elektronik untuk tanda tangan elektronik pegawai. Melaporkan dan mendokumentasikan insiden sesuai prosedur.",
      "Melakukan penilaian kerentanan dan analisis risiko keamanan informasi pada sistem elektronik perangkat daerah. Menangani insiden siber tingkat menengah dan menyusun laporan pemulihannya.",
      "Menyusun kebijakan dan sistem manajemen keamanan informasi pemerintah daerah serta memimpin tim tanggap insiden siber (CSIRT). Melakukan audit keamanan dan membina petugas keamanan informasi di perangkat daerah.",
      "Merancang arsitektur dan strategi keamanan siber pemerintah daerah yang diakui secara nasional. Mengembangkan metode deteksi dan penanganan ancaman baru dengan pendekatan lintas disiplin.",
    ],
  },
  {
    code: "T.12",
    kind: "TECHNICAL",
    name: "Perencanaan Pembangunan Daerah",
    description:
      "Kemampuan menyusun, mengendalikan, dan mengevaluasi dokumen perencanaan pembangunan daerah (RPJPD, RPJMD, RKPD, renstra, dan renja perangkat daerah) secara terpadu dan berbasis data.",
    levels: [
      "Memahami sistem perencanaan pembangunan nasional dan jenis dokumen perencanaan daerah. Menghimpun data dan usulan program sebagai bahan penyusunan rencana.",
      "Memasukkan dan memvalidasi usulan program di aplikasi perencanaan serta merekapitulasi hasil musrenbang. Menyusun bagian renja perangkat daerah sesuai format baku.",
      "Menyusun rancangan renstra atau renja dengan indikator kinerja yang terukur dan selaras dengan RPJMD. Melakukan pengendalian dan evaluasi capaian rencana pembangunan.",
      "Mengoordinasikan penyusunan RKPD dan RPJMD, menyelaraskan prioritas pembangunan daerah dengan prioritas nasional, dan memadukan perencanaan dengan penganggaran. Membina perencana di perangkat daerah.",
      "Merumuskan visi dan strategi pembangunan jangka panjang kota dengan pendekatan lintas disiplin. Menghasilkan pendekatan perencanaan yang inovatif dan menjadi rujukan nasional.",
    ],
  },
  {
    code: "T.13",
    kind: "TECHNICAL",
    name: "Penyusunan Produk Hukum Daerah",
    description:
      "Kemampuan merancang, mengharmonisasikan, dan mengundangkan produk hukum daerah, seperti peraturan daerah, peraturan wali kota, dan keputusan wali kota, sesuai kaidah pembentukan peraturan perundang-undangan.",
    levels: [
      "Memahami jenis dan hierarki peraturan perundang-undangan serta jenis produk hukum daerah. Membantu menyiapkan berkas rancangan dan penomoran produk hukum.",
      "Menyusun rancangan keputusan wali kota dan produk hukum penetapan lainnya sesuai teknik penyusunan yang baku. Memeriksa format dan kelengkapan rancangan.",
      "Merancang peraturan wali kota dan naskah akademik sederhana serta mengharmonisasikannya dengan peraturan yang lebih tinggi. Mengikuti pembahasan rancangan perda bersama perangkat daerah dan DPRD.",
      "Memimpin penyusunan rancangan perda yang kompleks, termasuk fasilitasi dengan pemerintah provinsi dan penanganan keberatan. Mengevaluasi dan menganalisis peraturan daerah yang berlaku serta menjadi rujukan perancang di instansi.",
      "Merumuskan kebijakan penataan regulasi daerah yang menjadi rujukan nasional. Memadukan kajian hukum, sosial, dan ekonomi dalam analisis dampak regulasi.",
    ],
  },
  {
    code: "T.14",
    kind: "TECHNICAL",
    name: "Akuntabilitas Kinerja Instansi Pemerintah",
    description:
      "Kemampuan menyusun perencanaan kinerja serta mengukur, melaporkan, dan mengevaluasi akuntabilitas kinerja instansi pemerintah sesuai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP).",
    levels: [
      "Memahami komponen SAKIP, yaitu perencanaan kinerja, perjanjian kinerja, pengukuran, pelaporan, dan evaluasi. Mengumpulkan data capaian kinerja sesuai format.",
      "Menyusun perjanjian kinerja dan laporan capaian triwulanan unit secara mandiri. Menghitung capaian indikator kinerja dan menyajikan penjelasannya.",
      "Menyusun pohon kinerja dan indikator kinerja utama yang selaras dengan renstra serta menyusun laporan kinerja perangkat daerah. Menganalisis penyebab keberhasilan dan kegagalan pencapaian kinerja.",
      "Melakukan evaluasi internal SAKIP atas perangkat daerah dan menyusun rekomendasi perbaikannya. Mengembangkan penjabaran kinerja hingga tingkat individu dan membina pengelola kinerja lain.",
      "Merancang sistem manajemen kinerja pemerintah daerah yang terpadu dengan perencanaan dan penganggaran serta menjadi rujukan nasional. Menghasilkan metode pengukuran dampak kebijakan yang inovatif.",
    ],
  },
  {
    code: "T.15",
    kind: "TECHNICAL",
    name: "Penyelenggaraan Pengembangan Kompetensi",
    description:
      "Kemampuan menganalisis kebutuhan, merancang, menyelenggarakan, dan mengevaluasi program pengembangan kompetensi ASN melalui jalur klasikal dan nonklasikal.",
    levels: [
      "Memahami jalur pengembangan kompetensi klasikal dan nonklasikal serta kewajiban paling sedikit 20 JP per tahun. Membantu administrasi pelatihan seperti daftar hadir dan penggandaan bahan ajar.",
      "Menyiapkan penyelenggaraan pelatihan sesuai pedoman, termasuk undangan, jadwal, dan sertifikat, serta mencatat JP peserta. Menghimpun kuesioner evaluasi reaksi peserta.",
      "Menyusun analisis kebutuhan pelatihan berdasarkan kesenjangan kompetensi serta merancang kurikulum dan skenario pembelajaran. Mengevaluasi hasil belajar melalui pre-test dan post-test.",
      "Menyusun rencana pengembangan kompetensi tahunan instansi dan mengevaluasi dampak pelatihan terhadap kinerja di tempat kerja. Membina widyaiswara dan penyelenggara pelatihan lainnya.",
      "Merancang model pembelajaran ASN terintegrasi (corporate university) yang diakui secara nasional. Mengembangkan metode evaluasi dampak pelatihan yang inovatif dan teruji.",
    ],
  },
  {
    code: "T.16",
    kind: "TECHNICAL",
    name: "Pengelolaan Barang Milik Daerah",
    description:
      "Kemampuan mengelola barang milik daerah, meliputi perencanaan kebutuhan, penatausahaan, pemanfaatan, pengamanan, dan penilaian hingga pemindahtanganan dan penghapusan aset.",
    levels: [
      "Memahami siklus pengelolaan barang milik daerah dan penggolongan aset. Membantu pencatatan barang dan pemasangan label inventaris.",
      "Menatausahakan barang milik daerah dalam kartu inventaris barang dan aplikasi pengelolaan aset secara mandiri. Melakukan stock opname persediaan sesuai prosedur.",
      "Merekonsiliasi data aset dengan laporan keuangan serta menyusun usulan pemanfaatan dan penghapusan aset. Menangani aset bermasalah, misalnya aset yang belum memiliki bukti kepemilikan.",
      "Mengoptimalkan pemanfaatan aset daerah melalui sewa, kerja sama pemanfaatan, atau bangun guna serah, dan menyusun kebijakan pengamanan aset. Membina pengurus barang di perangkat daerah.",
      "Merumuskan strategi manajemen aset daerah yang terpadu dengan perencanaan kota dan diakui secara nasional. Memadukan aspek hukum, penilaian, dan keuangan publik.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Pemerintahan (Permendagri 108/2017)
  // ---------------------------------------------------------------------------------------------
  {
    code: "P.01",
    kind: "GOVERNMENT",
    name: "Kebijakan Desentralisasi",
    description:
      "Kemampuan memahami dan menerapkan kebijakan desentralisasi, dekonsentrasi, dan tugas pembantuan dalam penyelenggaraan pemerintahan daerah.",
    levels: [
      "Memahami konsep desentralisasi, dekonsentrasi, dan tugas pembantuan beserta dasar hukumnya. Dapat menjelaskan kedudukan pemerintah kota dalam sistem otonomi daerah.",
      "Menerapkan ketentuan pembagian kewenangan dalam pelaksanaan tugas unitnya. Membedakan kegiatan yang menjadi kewenangan kota dari yang bukan.",
      "Menganalisis pelaksanaan kewenangan daerah di bidang tugasnya serta mengenali tumpang tindih atau kekosongan kewenangan. Menyusun masukan penyesuaian program sesuai pembagian urusan.",
      "Merumuskan kebijakan daerah yang mengoptimalkan ruang otonomi, seperti inovasi daerah dan penataan kelembagaan perangkat daerah. Menjadi rujukan instansi dalam menafsirkan kebijakan desentralisasi.",
      "Menghasilkan gagasan penyempurnaan kebijakan desentralisasi yang diakui di tingkat nasional. Memadukan perspektif politik, hukum, ekonomi, dan administrasi dalam kajian otonomi daerah.",
    ],
  },
  {
    code: "P.02",
    kind: "GOVERNMENT",
    name: "Hubungan Pemerintah Pusat dan Daerah",
    description:
      "Kemampuan mengelola hubungan kewenangan, keuangan, pelayanan umum, serta pembinaan dan pengawasan antara pemerintah pusat, pemerintah provinsi, dan pemerintah kota.",
    levels: [
      "Memahami pola hubungan pemerintah pusat, provinsi, dan kabupaten/kota, termasuk peran gubernur sebagai wakil pemerintah pusat. Mengenali instansi vertikal yang berkaitan dengan tugasnya.",
      "Menyiapkan bahan koordinasi, laporan, dan surat-menyurat dengan kementerian/lembaga dan pemerintah provinsi sesuai prosedur. Menindaklanjuti arahan dan kebijakan pusat di unit kerjanya.",
      "Mengoordinasikan pelaksanaan program pusat di daerah, termasuk dana transfer dan standar pelayanan minimal, serta mengatasi hambatan teknisnya. Menyusun bagian laporan penyelenggaraan pemerintahan daerah untuk bidangnya.",
      "Memperjuangkan kepentingan daerah dalam forum bersama kementerian/lembaga dan pemerintah provinsi. Menyelaraskan prioritas nasional dengan kebutuhan daerah dalam kebijakan perangkat daerah.",
      "Merumuskan model hubungan pusat dan daerah yang inovatif dan diakui secara nasional. Menjadi rujukan dalam menyelesaikan persoalan antartingkat pemerintahan yang kompleks.",
    ],
  },
  {
    code: "P.03",
    kind: "GOVERNMENT",
    name: "Pemerintahan Umum",
    description:
      "Kemampuan menyelenggarakan urusan pemerintahan umum, meliputi pembinaan wawasan kebangsaan, persatuan dan kesatuan, kerukunan, penanganan konflik sosial, serta koordinasi antarinstansi di wilayah.",
    levels: [
      "Memahami cakupan urusan pemerintahan umum serta peran camat dan lurah di dalamnya. Membantu kegiatan pembinaan kemasyarakatan di wilayah.",
      "Melaksanakan kegiatan pembinaan wawasan kebangsaan, kerukunan, dan ketenteraman di wilayah sesuai pedoman. Mencatat dan melaporkan potensi gangguan di lingkungan.",
      "Mengoordinasikan forum koordinasi pimpinan kecamatan dan instansi vertikal untuk menangani masalah di wilayah. Menganalisis potensi konflik sosial dan menyusun langkah pencegahannya.",
      "Menangani konflik sosial dan keadaan darurat di tingkat kota dengan melibatkan berbagai unsur, termasuk aparat keamanan dan tokoh masyarakat. Menyusun kebijakan kewaspadaan dini yang menjadi acuan instansi.",
      "Merumuskan strategi pemerintahan umum dan ketahanan sosial yang diakui secara nasional. Menjadi rujukan dalam menjaga persatuan dan stabilitas daerah dalam situasi yang kompleks.",
    ],
  },
  {
    code: "P.04",
    kind: "GOVERNMENT",
    name: "Keuangan Daerah",
    description:
      "Kemampuan memahami dan menerapkan prinsip pengelolaan keuangan daerah dalam kerangka pemerintahan daerah, meliputi pendapatan, belanja, dan pembiayaan daerah serta hubungan keuangan pusat dan daerah.",
    levels: [
      "Memahami asas umum pengelolaan keuangan daerah dan struktur APBD. Menyadari keterkaitan antara anggaran dan program unit kerjanya.",
      "Menggunakan anggaran unit sesuai ketentuan dan menyusun usulan kebutuhan anggaran yang wajar. Memahami sumber pendapatan daerah seperti PAD dan dana transfer.",
      "Menganalisis efisiensi dan efektivitas belanja di bidangnya serta mengusulkan realokasi bila diperlukan. Mengenali potensi peningkatan pendapatan asli daerah yang berkaitan dengan bidang tugasnya.",
      "Merumuskan kebijakan umum anggaran dan prioritas belanja yang berpihak pada pelayanan publik. Menjadi rujukan dalam pembahasan anggaran bersama DPRD dan dalam pengelolaan risiko fiskal.",
      "Merancang kebijakan fiskal daerah jangka panjang, termasuk skema pembiayaan kreatif, yang diakui secara nasional. Memadukan perspektif ekonomi, hukum, dan politik anggaran.",
    ],
  },
  {
    code: "P.05",
    kind: "GOVERNMENT",
    name: "Urusan Pemerintahan Daerah",
    description:
      "Kemampuan menyelenggarakan urusan pemerintahan konkuren yang menjadi kewenangan daerah, baik urusan wajib pelayanan dasar, wajib nonpelayanan dasar, maupun pilihan, termasuk penerapan standar pelayanan minimal.",
    levels: [
      "Memahami klasifikasi urusan pemerintahan absolut, konkuren, dan umum serta urusan yang diampu perangkat daerahnya. Menjalankan tugas sesuai urusan yang menjadi tanggung jawab unitnya.",
      "Menerapkan norma, standar, prosedur, dan kriteria (NSPK) kementerian teknis dalam pelaksanaan urusan di unitnya. Menyusun data capaian standar pelayanan minimal.",
      "Menganalisis capaian penyelenggaraan urusan dan SPM di bidangnya serta menyusun rencana peningkatannya. Mengoordinasikan urusan yang melibatkan beberapa perangkat daerah.",
      "Menyusun kebijakan penyelenggaraan urusan daerah yang terpadu lintas perangkat daerah dan selaras dengan NSPK. Menjadi rujukan dalam menyelesaikan persoalan pelaksanaan urusan yang kompleks.",
      "Merumuskan model penyelenggaraan urusan pemerintahan daerah yang inovatif dan diakui secara nasional. Memberikan masukan berbasis bukti untuk penyempurnaan pembagian urusan.",
    ],
  },
  {
    code: "P.06",
    kind: "GOVERNMENT",
    name: "Hubungan Eksekutif Daerah dengan DPRD",
    description:
      "Kemampuan membangun hubungan kerja yang setara dan bersifat kemitraan antara pemerintah daerah dan DPRD dalam fungsi pembentukan perda, anggaran, dan pengawasan.",
    levels: [
      "Memahami kedudukan, fungsi, hak, dan alat kelengkapan DPRD serta hubungannya dengan kepala daerah. Menyiapkan bahan administrasi untuk rapat dengan DPRD.",
      "Menyiapkan bahan paparan dan jawaban tertulis atas pertanyaan komisi DPRD sesuai arahan. Mencatat dan menindaklanjuti hasil rapat kerja.",
      "Mewakili perangkat daerah dalam rapat kerja dengan komisi DPRD dan menjelaskan program serta anggaran secara meyakinkan. Menindaklanjuti rekomendasi DPRD atas LKPJ di bidangnya.",
      "Mengelola pembahasan rancangan perda dan APBD bersama DPRD hingga tercapai kesepakatan, termasuk merundingkan perbedaan pandangan. Membangun komunikasi yang sehat dengan DPRD tanpa mengorbankan netralitas ASN.",
      "Merumuskan pola kemitraan eksekutif dan legislatif daerah yang efektif dan menjadi rujukan nasional. Menjaga keseimbangan fungsi saling mengawasi dalam situasi politik yang dinamis.",
    ],
  },
  {
    code: "P.07",
    kind: "GOVERNMENT",
    name: "Etika Pemerintahan",
    description:
      "Kemampuan menerapkan nilai dan etika dalam penyelenggaraan pemerintahan daerah, termasuk asas-asas umum pemerintahan yang baik, netralitas ASN, dan pencegahan penyalahgunaan wewenang.",
    levels: [
      "Memahami asas-asas umum pemerintahan yang baik, kode etik, dan ketentuan netralitas ASN. Menaati ketentuan tersebut dalam tugas sehari-hari.",
      "Menerapkan asas kepastian hukum, kecermatan, dan keterbukaan dalam tugasnya secara mandiri. Mengenali situasi yang berpotensi menimbulkan benturan kepentingan dan melaporkannya.",
      "Memastikan keputusan dan tindakan tim sesuai asas-asas umum pemerintahan yang baik serta menjaga netralitas tim selama masa pemilihan. Menangani pengaduan pelanggaran etika di unitnya.",
      "Menyusun kode etik, sistem pengendalian intern, dan mekanisme penanganan benturan kepentingan di perangkat daerah. Menjadi rujukan instansi dalam persoalan etika pemerintahan.",
      "Merumuskan kebijakan etika pemerintahan daerah dan budaya birokrasi yang bersih yang diakui secara nasional. Menjadi teladan etika publik dalam situasi yang sarat tekanan politik.",
    ],
  },
];
