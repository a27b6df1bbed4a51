using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Companies named without a legal form by an owner's or a place's name and their trade, as a whole segment of a title,
/// and searches in a request target written without a host; with the look-alikes that must stay (public bodies,
/// household companies, community servers, control parameters).
/// </summary>
public sealed class RedactorRound5PartiesTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    [Theory]
    [InlineData("Quote 2291 | Hallbeck Roofing | Jobber", "Quote 2291 | <ORG> | Jobber")]
    [InlineData("Angebot – Krämer Haustechnik – Outlook", "Angebot – <ORG> – Outlook")]
    [InlineData("Preventivo (Bellandi Costruzioni).pdf", "Preventivo (<ORG>).pdf")]
    [InlineData("Call with Duyar Lojistik", "Call with <ORG>")]
    [InlineData("Contrato · Vasconcelos Seguros · Google Docs", "Contrato · <ORG> · Google Docs")]
    [InlineData("Renewal: Pemberton Lettings", "Renewal: <ORG>")]
    public void Redact_CompanyByOwnerAndTrade_Org(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Public Transport - Wikipedia")]
    [InlineData("Transport for London | Journey planner")]
    [InlineData("#builds | Minecraft Builders - Discord")]
    [InlineData("General Insurance | Microsoft Teams")]
    [InlineData("Home Insurance - Compare quotes")]
    [InlineData("Roofing - Wikipedia")]
    public void Redact_TradeWordWithoutPrivateParty_NoOrg(string title) =>
        Assert.DoesNotContain("<ORG>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("tail -f access.log | grep \"GET /search?q=divorce+lawyer\"", "divorce+lawyer")]
    [InlineData("curl -s 'localhost:8080' -d x; GET /api/customers?customer_id=77120 HTTP/1.1", "77120")]
    public void Redact_QueryOfHostlessRequest_Hidden(string title, string value) =>
        Assert.DoesNotContain(value, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("GET /api/v1/items?page=2&limit=50 200 OK")]
    [InlineData("GET /assets/app.js?v=3 304")]
    public void Redact_ControlParametersOfHostlessRequest_Kept(string title) => Assert.Equal(title, Redact(title));
}
