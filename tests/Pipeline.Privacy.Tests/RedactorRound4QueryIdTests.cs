using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Round 4, searches in URLs and personal ids: searches written in a fragment or a path rather than a parameter, a
/// search engine's own "p=", filters on a quoted name, the site's own code values under parameters no list names
/// (which must stay), glued and dashed id labels, the National Insurance and Japanese My Number labels, and the
/// claim, matter and order numbers that name a case or a transaction rather than a person. Every example is made up
/// for this file; each class has look-alikes that must stay as they are.
/// </summary>
public sealed class RedactorRound4QueryIdTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    // --- Searches outside a query parameter ---------------------------------------------------------------------

    [Theory]
    [InlineData("https://mail.google.com/mail/u/0/#search/divorce+papers", "#search/<URL_QUERY>")]
    [InlineData("https://mail.google.com/mail/u/2/#search/from%3Aanna.berg%40example.com", "#search/<URL_QUERY>")]
    [InlineData("https://mail.google.com/mail/u/1/#search/lab+results/FMfcgzQXKWhdLGtqwHkPpJzvGfnKnCcb", "#search/<URL_QUERY>/FMfcgz")]
    [InlineData("Inbox - mail.google.com/mail/u/0/#search/payslip+march", "#search/<URL_QUERY>")]
    public void Redact_SearchInMailFragment_UrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://www.google.com/maps/search/planned+parenthood+near+me/@40.7127,-74.0059,13z", "/maps/search/<URL_QUERY>/@40.7127")]
    [InlineData("https://www.google.de/maps/search/Hauptstra%C3%9Fe+12+10115+Berlin/@52.53,13.38,17z?entry=ttu", "/maps/search/<URL_QUERY>/@52.53,13.38,17z?entry=ttu")]
    [InlineData("https://www.google.es/maps/search/Calle+de+Alcal%C3%A1+45+Madrid/@40.41,-3.70,16z", "/maps/search/<URL_QUERY>/@40.41")]
    [InlineData("https://www.marktplaats.nl/zoeken/kinderwagen+tweeling", "/zoeken/<URL_QUERY>")]
    [InlineData("https://contacts.google.com/search/mehmet", "/search/<URL_QUERY>")]
    [InlineData("https://photos.google.com/search/beach%202025", "/search/<URL_QUERY>")]
    [InlineData("https://www.example-shop.de/suche/damen+winterstiefel", "/suche/<URL_QUERY>")]
    [InlineData("https://www.boutique.example.fr/recherche/robe+de+grossesse", "/recherche/<URL_QUERY>")]
    [InlineData("https://tienda.example.es/buscar/silla%20de%20ruedas", "/buscar/<URL_QUERY>")]
    [InlineData("https://duckduckgo.com/search/therapy%20near%20me", "/search/<URL_QUERY>")]
    public void Redact_SearchInPath_UrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://example.com/search/advanced")]
    [InlineData("https://github.com/search/advanced")]
    [InlineData("https://example.com/search/results?page=2")]
    [InlineData("https://www.google.com/search/howsearchworks/")]
    [InlineData("https://acme.zendesk.com/agent/search/1")]
    [InlineData("https://www.craigslist.org/search/sss")]
    [InlineData("https://example.com/search/index.html")]
    [InlineData("https://mail.google.com/mail/u/0/#inbox")]
    [InlineData("https://mail.google.com/mail/u/0/#label/Receipts")]
    [InlineData("https://mail.google.com/mail/u/0/#settings/general")]
    public void Redact_SearchPagesWithoutASearch_Kept(string title) => Assert.Equal(title, Redact(title));

    [Theory]
    [InlineData("https://app.acme-crm.example/#/contacts?search=miriam+cohen", "search=<URL_QUERY>")]
    [InlineData("https://portal.intra.example/#/employees?name=Ruiz&page=2", "name=<URL_QUERY>&page=2")]
    [InlineData("https://app.example.com/#!/customers?q=okafor", "q=<URL_QUERY>")]
    public void Redact_SearchInHashRoute_UrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_HashRouteWithOnlyState_Kept()
    {
        const string title = "https://app.example.com/#/dashboard?view=compact";
        Assert.Equal(title, Redact(title));
    }

    [Theory]
    [InlineData("https://search.yahoo.com/search?p=chapter+7+bankruptcy+attorney&fr=yfp-t", "p=<URL_QUERY>&fr=yfp-t")]
    [InlineData("https://search.yahoo.co.jp/search?p=%E7%94%B0%E4%B8%AD%E5%A4%AA%E9%83%8E&ei=UTF-8", "p=<URL_QUERY>&ei=UTF-8")]
    public void Redact_YahooSearchInP_UrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://news.ycombinator.com/news?p=2")]
    [InlineData("https://forum.example.org/thread?p=14")]
    public void Redact_PageNumberInP_Kept(string title) => Assert.Equal(title, Redact(title));

    [Theory]
    [InlineData("https://app.example.com/search?filter=name:%22Rosa%20Delgado%22", "filter=<URL_QUERY>")]
    [InlineData("https://crm.example.com/contacts?filter=email%3Alin%40example.org", "filter=<URL_QUERY>")]
    public void Redact_FilterOnAPerson_UrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://tickets.example.com/list?filter=status:open&page=4")]
    [InlineData("https://shop.example.com/products?filter=in_stock&sort=price_asc")]
    public void Redact_FilterOnState_Kept(string title) => Assert.Equal(title, Redact(title));

    // --- The site's own code values ------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://search.naver.com/search.naver?where=nexearch&query=%EA%B9%80&sm=top_hty", "where=nexearch&query=<URL_QUERY>&sm=top_hty")]
    [InlineData("https://yandex.ru/search/?text=%D0%B8%D0%B2%D0%B0%D0%BD&lr=213", "text=<URL_QUERY>&lr=213")]
    [InlineData("https://www.ebay.de/sch/i.html?_from=R40&_nkw=kinderwagen+gebraucht&_sacat=0", "_from=R40&_nkw=<URL_QUERY>&_sacat=0")]
    [InlineData("https://www.bestbuy.com/site/searchpage.jsp?st=hearing+aids&intl=nosplash", "st=<URL_QUERY>&intl=nosplash")]
    [InlineData("https://www.bing.com/maps?q=urgent+care+seattle&lvl=11&style=r", "q=<URL_QUERY>&lvl=11&style=r")]
    [InlineData("https://www.linkedin.com/jobs/search/?keywords=data%20engineer&geoId=103035651", "keywords=<URL_QUERY>&geoId=103035651")]
    [InlineData("https://www.stepstone.de/jobs/?q=buchhalter&where=K%C3%B6ln", "q=<URL_QUERY>&where=K%C3%B6ln")]
    public void Redact_SiteCodesBesideASearch_OnlyTheSearch(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://example.com/catalog?pageSize=100&sortOrder=desc&sortBy=createdAt")]
    [InlineData("https://example.com/products?brand=sony&cat=headphones&sort=rating&page=3")]
    [InlineData("https://example.com/docs?version=2.4&os=linux&arch=arm64")]
    [InlineData("https://intranet.example.com/people?office=lagos&view=cards")]
    [InlineData("https://example.com/feed?_=1733140000000")]
    [InlineData("https://example.com/events?from=2026-12-01&to=2026-12-31&tz=Europe%2FBerlin")]
    [InlineData("https://example.com/dashboard?range=last_7_days&granularity=day&refresh=30s")]
    [InlineData("https://www.google.com/maps/@52.5200066,13.404954,14z?entry=ttu")]
    [InlineData("https://www.nytimes.example/2026/12/01/technology/ai-chips.html?smid=url-share")]
    [InlineData("https://example.com/reports?year=2026&quarter=Q3&type=summary")]
    [InlineData("https://example.com/shop?min_price=100&max_price=500&rating=4")]
    [InlineData("https://example.com/watch?videoId=a8Fk2LmQ9zX&quality=1080p")]
    [InlineData("https://example.com/news?edition=uk&section=business")]
    [InlineData("https://store.example.com/cart?step=shipping&coupon=WINTER25")]
    [InlineData("https://app.example.com/settings?tab=notifications&panel=email")]
    public void Redact_ControlParametersNoListNames_Kept(string title) => Assert.Equal(title, Redact(title));

    [Theory]
    [InlineData("https://ehr.clinic.example/patients?mrn=00482913", "mrn=<URL_QUERY>")]
    [InlineData("https://hr.example.com/employees/view?employee_id=E-30417", "employee_id=<URL_QUERY>")]
    [InlineData("https://intranet.example.com/directory?firstName=Chidi&lastName=Okeke", "firstName=<URL_QUERY>&lastName=<URL_QUERY>")]
    [InlineData("https://acme.lightning.force.example/one/one.app#/search?searchInput=Henrik%20Larsen", "searchInput=<URL_QUERY>")]
    [InlineData("https://jira.example.com/issues/?assignee=jdoe42", "assignee=<URL_QUERY>")]
    [InlineData("https://app.example.com/users?username=rdelgado", "username=<URL_QUERY>")]
    [InlineData("https://portal.example.com/members?surname=Okonkwo", "surname=<URL_QUERY>")]
    [InlineData("https://app.example.com/lookup?who=Lindqvist", "who=<URL_QUERY>")]
    public void Redact_PersonOrRecordUnderItsOwnName_StillUrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    // --- Ids ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("NI number QQ 12 34 56 C - HMRC", "NI number <ID> - HMRC")]
    [InlineData("NI No. AB 12 34 56 D · Payroll", "NI No. <ID> · Payroll")]
    public void Redact_NationalInsuranceShortLabel_Id(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Ni hao 2026 - Chinese lessons")]
    [InlineData("NI 2026 election results")]
    public void Redact_NiWithoutIdWord_Kept(string title) => Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Payslip_EmpID_30418_2026-03.pdf", "Payslip_EmpID_<ID>_2026-03.pdf")]
    [InlineData("CustNo 4471203 - Billing", "CustNo <ID> - Billing")]
    [InlineData("MemberID: 88120934 · Portal", "MemberID: <ID> · Portal")]
    [InlineData("PatientNr 0048213 - Praxis", "PatientNr <ID> - Praxis")]
    public void Redact_LabelGluedToItsIdWord_Id(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("BSN-908301662-kopie.jpg", "<ID>-kopie.jpg")]
    [InlineData("MRN-00493812 - Epic", "<ID> - Epic")]
    [InlineData("scan_PESEL-85031239094-front.png", "scan_<ID>-front.png")]
    [InlineData("Patient-MRN-00493812.pdf", "Patient-MRN-<ID>.pdf")]
    [InlineData("Member-00493812-card.jpg", "Member-<ID>-card.jpg")]
    [InlineData("EMP-20931045 - Payroll", "<ID> - Payroll")]
    public void Redact_LabelDashedToTheNumber_Id(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("[FIN-8951] Fix payroll export - Jira")]
    [InlineData("Order CUST-12345678 shipped")]
    [InlineData("Bestellnummer BSN-908301662")]
    [InlineData("PAN-4471 Update onboarding copy")]
    [InlineData("TIN-2026 migration plan")]
    public void Redact_TicketKeysWithALabelWordAsProject_Kept(string title) => Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Nº de afiliación 28/12345678/90 - Seguridad Social", "afiliación <ID> -")]
    [InlineData("Número de afiliación: 0812345678 · Tesorería", "afiliación: <ID>")]
    public void Redact_SpanishSocialSecurityAffiliation_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("My Number 3957 5513 1371", "My Number <ID>")]
    [InlineData("マイナンバー: 3537-9907-5113", "マイナンバー: <ID>")]
    [InlineData("個人番号 395755131371 - 申請", "個人番号 <ID>")]
    public void Redact_JapaneseMyNumberWithCheckDigit_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("My Number 3957 5513 1372")]
    [InlineData("My numbers for 2026: 1200 3400 5600")]
    public void Redact_MyNumberShapeFailingItsCheck_NoId(string title) => Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Claim number 4471203 - Allstate")]
    [InlineData("Claim #88120934 – Lemonade")]
    [InlineData("Bestellnummer 302-4471203 - Otto")]
    [InlineData("Matter 2026-0418 - Clio")]
    [InlineData("Schadennummer 2026-77120 - HUK")]
    [InlineData("Número de pedido 99120347 - Tienda")]
    public void Redact_ClaimMatterAndOrderNumbers_Kept(string title) => Assert.Equal(title, Redact(title));

    [Theory]
    [InlineData("Claimant ID 4471203 - Workers comp", "Claimant ID <ID>")]
    [InlineData("Policy Number: HO-7712-48820 – Insurer", "Policy Number: <ID>")]
    public void Redact_ClaimantAndPolicy_StillId(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);
}
