using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Round 3 of the parties: companies glued into file names with the legal forms of many countries, vendors in their
/// own role, chat applications' own views, public repositories, code hosts' API paths and searches for an address.
/// Every example is made up for this file; each class has look-alikes that must stay as they are.
/// </summary>
public sealed class RedactorRound3PartiesTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    [Theory]
    [InlineData("Factura_Marisol_Conservas_S.L_2026-118.pdf", "Factura_<ORG>_2026-118.pdf")]
    [InlineData("Quote-Hakuba-Seiki-Co.-Ltd-Q7781.pdf", "Quote-<ORG>-Q7781.pdf")]
    [InlineData("Invoice_Birlik_Makine_A.Ş_INV-5521.pdf", "Invoice_<ORG>_INV-5521.pdf")]
    [InlineData("Contratto_Ferro_e_Figli_S.p.A_v2.docx", "Contratto_<ORG>_v2.docx")]
    [InlineData("Umowa_Wiklinowy_Dom_Sp._z_o.o.pdf", "Umowa_<ORG>.pdf")]
    [InlineData("Rechnung_Lechner_und_Töchter_GmbH_&_Co._KG_2026.pdf", "Rechnung_<ORG>_2026.pdf")]
    [InlineData("Avtal_Lindgren_och_Dotter_AB_v4.pdf", "Avtal_<ORG>_v4.pdf")]
    [InlineData("Invoice.Corrowick.Textiles.Ltd.pdf", "Invoice.<ORG>.pdf")]
    [InlineData("Offerte-Zuidwal-Bouw-B.V.-2026.pdf", "Offerte-<ORG>-2026.pdf")]
    [InlineData("Invoice_Qasr_Almaha_Trading_FZ-LLC_0042.pdf", "Invoice_<ORG>_0042.pdf")]
    [InlineData("Invoice_Dune_Crest_Contracting_WLL_0042.pdf", "Invoice_<ORG>_0042.pdf")]
    [InlineData("Fatura_Quinta_do_Salgueiral_Lda_v1.pdf", "Fatura_<ORG>_v1.pdf")]
    [InlineData("Q2-Budget-Ekholm_Varv-AB.xlsx", "Q2-Budget-<ORG>.xlsx")]
    [InlineData("Invoice Marisol Conservas S.L 2026-118", "Invoice <ORG> 2026-118")]
    public void Redact_CompanyGluedWithDottedOrTwoPartLegalForm_WholeNameIsOrg(string title, string expected) =>
        Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Angebot für Wendelstein Holzbau UG (haftungsbeschränkt) - Word", "Angebot für <ORG> - Word")]
    [InlineData("Rechnung_Wendelstein_Holzbau_UG_(haftungsbeschränkt)_2026-03.pdf", "Rechnung_<ORG>_2026-03.pdf")]
    [InlineData("Account: Alcantara Pinturas S.L.U. · Salesforce", "Account: <ORG> · Salesforce")]
    [InlineData("W-9 | Redfern Harbor Capital LP · Vendor setup", "W-9 | <ORG> · Vendor setup")]
    public void Redact_LongerLegalForms_WholeFormInTheName(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Save_AS_draft.txt")]
    [InlineData("Photo_AG_2026.jpg")]
    [InlineData("Made in the U.S.A. since 1952")]
    [InlineData("Tips_and_Tricks_SL.pdf")]
    [InlineData("Vitamin_B_Co.pdf")]
    [InlineData("Windows_Server_2022_AG.vhd")]
    [InlineData("Team-A-B-test-results.csv")]
    [InlineData("Abbey Road Vinyl LP - Discogs")]
    [InlineData("Nestlé S.A. annual report 2025")]
    public void Redact_LegalFormLookAlikes_NoOrg(string title) => Assert.DoesNotContain("<ORG>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Rahmenvertrag_Brennholt_LLC_v5.docx", "Rahmenvertrag_<ORG>_v5.docx")]
    [InlineData("SEPA-Lastschriftmandat Maison Orvelle SARL – Banking", "SEPA-Lastschriftmandat <ORG> – Banking")]
    public void Redact_DocumentCompoundBeforeCompany_StaysOutOfTheName(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Sprint 12 board · 3 issues — Jira Software")]
    [InlineData("Overdue tickets by group | Freshdesk Analytics")]
    [InlineData("Pipeline by stage - Zoho Analytics")]
    [InlineData("Weekly SLA report · Zendesk Analytics")]
    [InlineData("Project costs · Smartsheet Software")]
    [InlineData("Status page – Grafana Labs")]
    [InlineData("Sprint board · Kanbanflow Software")]
    [InlineData("Open tickets – Teamleader Analytics")]
    public void Redact_VendorProductsInTheirOwnRole_NoOrg(string title) => Assert.DoesNotContain("<ORG>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Meeting with Orbisfield Analytics - Calendar", "Meeting with <ORG> - Calendar")]
    [InlineData("Senior Accountant - Marlowfield Partners - LinkedIn", "Senior Accountant - <ORG> - LinkedIn")]
    [InlineData("Proposal for Orbisfield Analytics", "Proposal for <ORG>")]
    [InlineData("Slack | #deals | Orbisfield Analytics", "Slack | <CHANNEL> | <ORG>")]
    public void Redact_CompaniesNamedLikeProducts_StillOrg(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Job req R-2026-0412 · Clinical Pharmacist · Greenhouse")]
    [InlineData("Requisition 8812 – Litigation Paralegal – Lever")]
    [InlineData("Job posting JP-77 | Dental Hygienist | Workable")]
    [InlineData("Job req R-2026-1040 · Payroll Specialist — Greenhouse")]
    public void Redact_RoleSegmentOnAJobBoard_NoOrg(string title) => Assert.DoesNotContain("<ORG>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Channels · Browse all · Slack")]
    [InlineData("Saved items - Mattermost")]
    [InlineData("Recent mentions | Mattermost")]
    [InlineData("Pinned messages — Mattermost")]
    [InlineData("Browse channels · Slack")]
    [InlineData("System Console - Mattermost")]
    [InlineData("Integrations - Mattermost")]
    [InlineData("Custom Emoji — Mattermost")]
    public void Redact_ChatApplicationViews_Kept(string title) => Assert.Equal(title, Redact(title));

    [Fact]
    public void Redact_ChatViewBeforeWorkspace_OnlyTheWorkspace() =>
        Assert.Equal("Mentions & reactions - <ORG> - Slack", Redact("Mentions & reactions - Brightmoor - Slack"));

    [Theory]
    [InlineData("● ops-night - Harrowfield Mattermost", "● <CHANNEL> - <ORG> Mattermost")]
    [InlineData("(4) release-train - Brightmoor - Slack", "(4) <CHANNEL> - <ORG> - Slack")]
    [InlineData("* vendor-intake - Harrowfield Mattermost", "* <CHANNEL> - <ORG> Mattermost")]
    [InlineData("Off-Topic - Harrowfield Mattermost", "<CHANNEL> - <ORG> Mattermost")]
    [InlineData("Town Square - Harrowfield - Mattermost", "<CHANNEL> - <ORG> - Mattermost")]
    public void Redact_UnreadMarkBeforeChannel_ChannelStillFound(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Ilse Vandermeer - Direct message | Google Chat")]
    [InlineData("Kofi Mensimah - Direct message - Google Chat")]
    [InlineData("정하린 - Direct message | Google Chat")]
    [InlineData("王思远 - Direct message · Google Chat")]
    public void Redact_GoogleChatDirectMessage_NoChannel(string title) =>
        Assert.DoesNotContain("<CHANNEL>", Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_GoogleChatSpace_StillChannel() => Assert.Equal("<CHANNEL> - Google Chat", Redact("release-war-room - Google Chat"));

    [Theory]
    [InlineData("git clone git@github.com:torvalds/linux.git", "git clone git@github.com:<REPO>.git")]
    [InlineData("git remote add upstream git@gitlab.com:golang/go.git", "git remote add upstream git@gitlab.com:<REPO>.git")]
    [InlineData("Flaky test on arm64 · Issue #4410 · kubernetes/kubernetes", "Flaky test on arm64 · Issue #4410 · <REPO>")]
    [InlineData("rust-lang/rust: Empowering everyone", "<REPO>: Empowering everyone")]
    [InlineData("Fix hover crash by somebody · Pull Request #901 · microsoft/vscode", "Fix hover crash by somebody · Pull Request #901 · <REPO>")]
    public void Redact_PublicRepositoryInCodeHostTitleOrGitCommand_Repo(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("curl -s https://api.github.com/user/repos")]
    [InlineData("curl https://api.github.com/orgs/someorg/members")]
    [InlineData("https://docs.github.com/en/rest/repos/repos")]
    [InlineData("https://docs.gitlab.com/ee/api/projects.html")]
    [InlineData("GET /api/v2/users/profile")]
    [InlineData("src/components/Button.tsx - acme-web - Visual Studio Code")]
    [InlineData("application/json; charset=utf-8")]
    public void Redact_ApiAndFilePaths_NoRepo(string title) => Assert.DoesNotContain("<REPO>", Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_RepositoryInGitHubApiPath_Repo() =>
        Assert.Equal("curl https://api.github.com/repos/<REPO>/pulls", Redact("curl https://api.github.com/repos/fenwick-eng/ledger-core/pulls"));

    [Theory]
    [InlineData("https://www.google.com/search?q=ines.moreau%40example.org&source=hp", "https://www.google.com/search?q=<URL_QUERY>&source=hp")]
    [InlineData("https://www.linkedin.com/search/results/people/?keywords=ines.moreau%40example.org", "https://www.linkedin.com/search/results/people/?keywords=<URL_QUERY>")]
    [InlineData("https://crm.example.com/contacts/list?query=k.oduya%40mail.example.net", "https://crm.example.com/contacts/list?query=<URL_QUERY>")]
    public void Redact_EncodedAddressTypedIntoSearch_UrlQuery(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Fact]
    public void Redact_EncodedAddressInEmailParameter_StillEmail() =>
        Assert.Equal("https://news.example.com/unsubscribe?email=<EMAIL>", Redact("https://news.example.com/unsubscribe?email=k.oduya%40mail.example.net"));

    [Theory]
    [InlineData("ssh ops@bastion.example.net")]
    [InlineData("scp backup.tar.gz admin@files.example.io:/srv/")]
    [InlineData("npm i lodash@4.17.21")]
    [InlineData("brew install node@20")]
    [InlineData("hero-banner@3x.webp")]
    [InlineData("git remote add origin git@bitbucket.org:team/app.git")]
    [InlineData("@kofi:matrix.example.org - Element")]
    [InlineData("Follow @kofi@social.example on Mastodon")]
    [InlineData("smb://kmensah@files.example.com/share")]
    [InlineData("ftp://anonymous@mirror.example.org/pub")]
    public void Redact_EmailLookAlikes_NoEmail(string title) => Assert.DoesNotContain("<EMAIL>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("mailto:k.oduya@mail.example.net", "mailto:<EMAIL>")]
    [InlineData("Reply to k.oduya@mail.example.net - Outlook", "Reply to <EMAIL> - Outlook")]
    public void Redact_MailboxBesideUrlRules_StillEmail(string title, string expected) => Assert.Equal(expected, Redact(title));
}
