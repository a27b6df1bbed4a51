using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Addresses in the formats of many countries and under labels in their languages: the whole address through its
/// postal code and city, and the look-alikes (coordinates, a bare street in prose, a support desk) left alone.
/// </summary>
public sealed class AddressFormatsTests
{
    [Theory]
    [InlineData("Dirección de envío: Calle Alcalá 41, bajo, 28014 Madrid", "Dirección de envío: <ADDRESS>")]
    [InlineData("Morada: Rua das Flores 12, 3.º Esq., 1200-195 Lisboa", "Morada: <ADDRESS>")]
    [InlineData("Indirizzo di spedizione: Via Garibaldi 8, scala C, interno 2, 10122 Torino TO", "Indirizzo di spedizione: <ADDRESS>")]
    [InlineData("Bezorgadres: Lange Voorhout 9 bus 2, 2514 EA Den Haag", "Bezorgadres: <ADDRESS>")]
    [InlineData("Adres dostawy: ul. Długa 21/4 m. 7, 80-827 Gdańsk", "Adres dostawy: <ADDRESS>")]
    [InlineData("Teslimat adresi: Kızılay Mah. Gazi Sok. No: 14 D: 3, 06420 Çankaya/Ankara", "Teslimat adresi: <ADDRESS>")]
    [InlineData("Lieferadresse: Lindenweg 4, c/o Atelier 2, 50667 Köln", "Lieferadresse: <ADDRESS>")]
    [InlineData("Morada: Rua Sete de Setembro, 420, sala 12, Campinas - SP, 13010-000", "Morada: <ADDRESS>")]
    [InlineData("عنوان التوصيل: شارع التحلية 512، حي السلامة، جدة 23525", "عنوان التوصيل: <ADDRESS>")]
    [InlineData("배송지: 41 Dosan-daero, Gangnam-gu, Seoul 06040", "배송지: <ADDRESS>")]
    public void Redact_LabelledLocalAddress_WholeAddress(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("Lieferadresse: Jonas Weber, Lindenweg 4, 50667 Köln", "Lieferadresse: <PERSON>, <ADDRESS>")]
    [InlineData("お届け先: 佐藤 花子 様 東京都港区芝公園2-4-1", "お届け先: <PERSON> 様 <ADDRESS>")]
    public void Redact_LabelledAddressWithRecipient_RecipientKeptOutOfAddress(string title, string expected) =>
        Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("Piazza Navona 30, scala A, 00186 Roma RM · Google Maps", "<ADDRESS> · Google Maps")]
    [InlineData("77 Yeouido-ro, Yeongdeungpo-gu, Seoul 07326 | Google Maps", "<ADDRESS> | Google Maps")]
    [InlineData("Check-in-Details • Calle Larios 7, 2º izq., 29005 Málaga — Airbnb", "Check-in-Details • <ADDRESS> — Airbnb")]
    public void Redact_AddressOnPlaceSite_WholeAddress(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("48.8566, 2.3522 · Google Maps")]
    [InlineData("Restaurants near me - Google Maps")]
    [InlineData("Adres dostawy: zmień")]
    [InlineData("Dirección de envío: añadir nueva")]
    public void Redact_PlaceSiteAndLabelLookalikes_NoAddress(string title) =>
        Assert.DoesNotContain("<ADDRESS>", new Redactor().Redact(title), StringComparison.Ordinal);
}
