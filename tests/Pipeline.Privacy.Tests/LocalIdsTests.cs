namespace Pipeline.Privacy.Tests;

/// <summary>Ids under labels in many languages, SSNs in their own context only, and phones in national and encoded forms.</summary>
public sealed class LocalIdsTests
{
    [Theory]
    [InlineData("Numer klienta: 55120934 — Orange", "Numer klienta: <ID> — Orange")]
    [InlineData("Müşteri Numarası: 7700412399 · Enerjisa", "Müşteri Numarası: <ID> · Enerjisa")]
    [InlineData("Número de empleado ZX-40917", "Número de empleado <ID>")]
    [InlineData("Personeelsnummer 83310", "Personeelsnummer <ID>")]
    [InlineData("Matricola 7123004", "Matricola <ID>")]
    [InlineData("Nº de póliza 481.220.905", "Nº de póliza <ID>")]
    [InlineData("AHV-Nr. 756.4102.9981.30", "AHV-Nr. <ID>")]
    [InlineData("SV-Nummer: 5521 120388 · ÖGK", "SV-Nummer: <ID> · ÖGK")]
    [InlineData("会員番号: 7712-3390-41", "会員番号: <ID>")]
    [InlineData("회원번호: 5510-2209-8812", "회원번호: <ID>")]
    [InlineData("会员编号：HY55019283", "会员编号：<ID>")]
    [InlineData("सदस्य संख्या: 88120453", "सदस्य संख्या: <ID>")]
    [InlineData("رقم المشترك: 66019942", "رقم المشترك: <ID>")]
    [InlineData("Carte fidélité n° 4111 1111 1111 1111", "Carte fidélité n° <ID>")]
    [InlineData("고객 번호: 5512-0934", "고객 번호: <ID>")]
    [InlineData("Identifiant client : 5512093", "Identifiant client : <ID>")]
    [InlineData("Poliçe No: 5512093", "Poliçe No: <ID>")]
    [InlineData("Vergi No: 5512093412", "Vergi No: <ID>")]
    public void Redact_LocalLanguagePersonLabel_Id(string title, string expected) =>
        Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("Pieza nº 512-33-8890 | Recambios")]
    [InlineData("Angebot 410-27-6615 – Vertrieb")]
    [InlineData("Devis 233-61-0947 · Odoo")]
    [InlineData("Teilenummer 622-19-4471 · Ersatzteile")]
    [InlineData("Client 15.15.9.6515")]
    [InlineData("Version 10.0.19041.1")]
    [InlineData("주문번호 202674112204044 | 쇼핑")]
    [InlineData("Número de pedido 88120453")]
    [InlineData("주문 번호: 5512-0934")]
    [InlineData("Sipariş No: 55120934")]
    [InlineData("注文番号: 5512-0934-11")]
    [InlineData("Numer zamówienia 55120934")]
    [InlineData("Vertrag 2026-01 · Entwurf")]
    [InlineData("Vergi 1.250 TL")]
    public void Redact_DocumentNumberOrVersion_Unchanged(string title) =>
        Assert.Equal(title, new Redactor().Redact(title));

    [Fact]
    public void Redact_SsnLabelBeforeFormName_Ssn() =>
        Assert.Equal("SSN for the 1099: <SSN>", new Redactor().Redact("SSN for the 1099: 512 33 8890"));

    [Theory]
    [InlineData("tel:%2B4930123456789", "tel:%2B<PHONE>")]
    [InlineData("Anruf von 079/412.55.31 - Swisscom", "Anruf von <PHONE> - Swisscom")]
    [InlineData("Telefon: +49 (0) 89 / 411 203 77", "Telefon: <PHONE>")]
    public void Redact_NationalAndEncodedPhone_Phone(string title, string expected) =>
        Assert.Equal(expected, new Redactor().Redact(title));
}
