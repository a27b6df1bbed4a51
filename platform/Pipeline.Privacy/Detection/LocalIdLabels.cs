namespace Pipeline.Privacy.Detection;

/// <summary>
/// Labels of a person's numbers and of documents' numbers in the languages of desktop work beyond English: the id
/// detector takes a value after a person's label, the SSN and phone detectors leave a value after a document's label.
/// Scripts without spaces between words (Japanese, Chinese, Korean) write the label as one token ("お客様番号",
/// "客户编号", "고객번호"), so those are listed whole; Arabic and Hindi put the person's word next to the value
/// ("رقم العميل", "ग्राहक संख्या"), so the person's word is listed and the number word is an id word.
/// </summary>
internal static class LocalIdLabels
{
    /// <summary>Words that tie the number after them to a person: customer, employee, member, patient, policy holder, tax payer, citizen.</summary>
    public static readonly WordSet Person = WordSet.Of(
        [
            // German, Austrian, Swiss.
            "kd", "kdnr", "kunden", "kundenkonto", "kundennummer", "kundennr", "vertrag", "vertragsnummer", "vertragsnr", "versicherungsschein",
            "versicherungsscheinnummer", "versicherungsnummer", "versichertennummer", "versicherten", "versicherter", "personalnummer",
            "mitglied", "mitglieds", "mitgliedsnummer", "mitgl", "patienten", "patientennummer", "identifikationsnummer", "steueridentifikationsnummer",
            "idnr", "steuerid", "svnr", "sozialversicherung", "rentenversicherungsnummer", "ahv", "avs", "ausweisnummer", "schüler", "student",
            "matrikel", "mandant", "mandanten", "abonnent", "abonnenten",
            // French.
            "contrat", "matricule", "adhérent", "adherent", "assuré", "assure", "étudiant", "etudiant", "patient", "compte", "abonné", "abonne",
            "sociétaire", "societaire", "allocataire", "salarié", "salarie", "employé", "employe", "bénéficiaire", "beneficiaire", "fidélité",
            "fidelite", "sécurité", "securite", "personnel",
            // Spanish and Portuguese.
            "empleado", "cliente", "socio", "sócio", "afiliado", "asegurado", "segurado", "póliza", "poliza", "apólice", "apolice", "contrato",
            "paciente", "estudiante", "alumno", "aluno", "abonado", "titular", "funcionário", "funcionario", "matrícula", "matricula",
            "contribuinte", "beneficiário", "beneficiario", "colaborador", "trabajador", "utente", "cuenta", "conta",
            "afiliación", "afiliacion",
            // Italian.
            "matricola", "tessera", "dipendente", "polizza", "paziente", "contratto", "assistito", "studente", "conto", "utenza", "iscritto",
            // Dutch.
            "klant", "klantnummer", "klantnr", "personeelsnummer", "personeelsnr", "lidnummer", "lidmaatschapsnummer", "polisnummer",
            "burgerservicenummer", "patiëntnummer", "patientnummer", "studentnummer", "relatienummer", "contractnummer", "werknemer",
            "medewerker", "medewerkersnummer", "verzekerde",
            // Polish.
            "klienta", "pracownika", "konta", "członkowski", "członkowska", "pacjenta", "polisy", "ubezpieczenia", "umowy", "studenta", "abonenta",
            "legitymacji", "dowodu", "paszportu", "ewidencyjny",
            // Turkish.
            "müşteri", "musteri", "sicil", "kimlik", "abone", "hesap", "poliçe", "hasta", "üye", "uye", "öğrenci", "ogrenci", "personel",
            "sözleşme", "sozlesme", "sigortalı",
            // Japanese.
            "お客様番号", "お客さま番号", "顧客番号", "顧客id", "会員番号", "会員id", "社員番号", "社員id", "従業員番号", "職員番号", "個人番号",
            "マイナンバー", "患者番号", "患者id", "診察券番号", "保険証番号", "被保険者番号", "証券番号", "契約番号", "契約者番号", "口座番号",
            "学籍番号", "学生番号", "利用者番号", "利用者id", "受給者番号", "基礎年金番号", "加入者番号", "ご契約番号", "お客様id",
            // Chinese.
            "客户编号", "客户号", "客户号码", "客户id", "会员号", "会员编号", "会员卡号", "工号", "员工编号", "员工号", "职工号", "身份证号",
            "身份证号码", "身份证", "证件号", "证件号码", "账号", "帐号", "账户号", "账户", "病历号", "患者编号", "保单号", "保单编号", "学号",
            "社保号", "社会保障号", "纳税人识别号", "用户编号", "用户id", "合同编号", "客戶編號", "會員編號", "員工編號", "身分證字號", "帳號",
            // Korean.
            "고객번호", "사번", "사원번호", "직원번호", "회원번호", "계좌번호", "환자번호", "학번", "보험번호", "증권번호", "계약번호",
            "주민등록번호", "외국인등록번호", "고객id", "회원id", "고객", "회원", "사원", "직원", "환자", "계좌", "학생", "가입자",
            // Hindi.
            "ग्राहक", "कर्मचारी", "आधार", "खाता", "सदस्य", "सदस्यता", "मरीज", "रोगी", "पॉलिसी", "पैन", "छात्र", "पहचान", "उपभोक्ता",
            // Arabic.
            "العميل", "الموظف", "الهوية", "الإقامة", "الاقامة", "الحساب", "المريض", "العضوية", "العضو", "المشترك", "الوثيقة", "البوليصة",
            "الضريبي", "الوطني", "الوطنية", "الطالب", "التأمين", "الجواز",
        ]);

    /// <summary>
    /// Abbreviations that name a person's insurance or tax number only with a number word after them ("SV-Nummer",
    /// "KV-Nr.", "RV-Nummer", "Vergi No"), not alone ("SV 2026", "Vergi 1.250 TL").
    /// </summary>
    public static readonly WordSet WeakPerson = WordSet.Of(["sv", "kv", "rv", "nss", "nis", "vsnr", "st", "stnr", "kvnr", "vergi", "sigorta", "fiscal"]);

    /// <summary>Words for "number" and "identifier" that sit between a person's word and the value ("Numer klienta", "Kimlik No", "आधार संख्या").</summary>
    public static readonly WordSet IdWords = WordSet.Of(
        ["n", "nº", "nr", "no", "nummer", "numer", "numero", "número", "numéro", "numara", "numarası", "numarasi", "nro", "núm", "num",
         "kartennummer", "karte", "kartennr", "carte", "tarjeta", "cartão", "carta", "kaart", "karta", "kart", "identifiant", "código", "codice",
         "kennung", "kennzahl",
         "आईडी", "संख्या", "नंबर", "क्रमांक", "رقم", "id", "번호", "番号", "编号", "号码"]);

    /// <summary>Words for a part, product, quote or document's number: a value after one is not a person's ("Pieza nº …", "Angebot …").</summary>
    public static readonly WordSet Document = WordSet.Of(
        ["pieza", "piezas", "parte", "pièce", "piece", "teil", "teile", "teilenummer", "teilenr", "sachnummer", "devis", "angebot",
         "angebotsnummer", "cotización", "cotizacion", "presupuesto", "orçamento", "orcamento", "preventivo", "offerta", "offerte", "offertenummer",
         "oferta", "ofert", "teklif", "parça", "parca", "część", "czesc", "onderdeel", "artículo", "articulo", "artigo", "peça", "peca",
         "produit", "produkt", "prodotto", "producto", "produto", "modèle", "modell", "modelo", "modello", "rechnung", "facture", "factura",
         "fattura", "fatura", "faktura", "factuur", "auftrag", "auftragsnummer", "lieferschein", "sendung", "commande", "bestellung",
         "encomenda", "ordine", "sipariş", "siparis", "zamówienia", "zamowienia", "quote", "quotation", "estimate", "proforma", "référence",
         "referencia", "referência", "riferimento", "referentie", "ticket", "vorgang", "lote", "charge", "série", "serie",
            // Orders, claims and matters: a transaction's or a case's number ("Bestellnummer …", "Claim number …", "Matter …").
            "bestellnummer", "bestellnr", "pedido", "encomenda", "claim", "schadennummer", "sinistre", "siniestro", "matter",
         "注文番号", "品番", "型番", "部品番号", "見積番号", "請求書番号", "订单号", "订单编号", "零件号", "型号", "报价单号", "发票号",
         "주문번호", "부품번호", "견적번호", "송장번호", "주문", "부품", "견적", "송장", "注文", "订单", "発注", "請求書", "发票"]);
}
