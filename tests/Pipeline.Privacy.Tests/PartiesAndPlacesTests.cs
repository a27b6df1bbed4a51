using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Handles, channels, organisations, repositories and addresses (the parties and places): each rule with a made-up
/// positive and the look-alike it must leave alone.
/// </summary>
public sealed class PartiesAndPlacesTests
{
    [Theory]
    [InlineData("/home/okwu.b/.config/nvim/init.lua", "/home/<HANDLE>/.config/nvim/init.lua")]
    [InlineData("/Users/tkarlsen/Desktop/notes.txt", "/Users/<HANDLE>/Desktop/notes.txt")]
    [InlineData(@"C:\Users\lin_wei88\Downloads\setup.exe", @"C:\Users\<HANDLE>\Downloads\setup.exe")]
    [InlineData("/home/quentin-r/Bilder — Dolphin", "/home/<HANDLE>/Bilder — Dolphin")]
    public void Redact_HomeFolderLogin_Handle(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("/home/ubuntu/app/logs")]
    [InlineData("/root/.bashrc")]
    [InlineData(@"C:\Users\Public\Documents")]
    [InlineData("/Users/Shared/Installers")]
    [InlineData("Admin/Users/Edit - Console")]
    [InlineData("/var/www/html/index.php")]
    public void Redact_ServiceAccountFolders_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("okwu.b@devbox: ~/src/api", "<HANDLE>@devbox: ~/src/api")]
    [InlineData("[tkarlsen@fedora ~]$", "[<HANDLE>@fedora ~]$")]
    [InlineData("[main] 0:vim* 1:zsh  \"lin_wei88@jumphost\" 09:12", "[main] 0:vim* 1:zsh  \"<HANDLE>@jumphost\" 09:12")]
    public void Redact_PromptLogin_Handle(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("ssh deploy@buildhost")]
    [InlineData("root@web-03: /var/log")]
    [InlineData("npm install react@latest")]
    [InlineData("pnpm add typescript@next")]
    [InlineData("icon@2x.png")]
    [InlineData("git clone git@gitlab.com:team/tool.git")]
    [InlineData("curl -X POST https://api.example.com/hooks -d @body.json")]
    public void Redact_ServiceLoginsTagsAndFiles_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_UserOfGitRemoteWithToken_Handle()
    {
        string redacted = new Redactor().Redact("git remote add origin https://okwu.b:glpat-Xy7Qw2Er9Tz4Lp0Mn3Kb@gitlab.com/okwu/tools.git");
        Assert.Contains("https://<HANDLE>:", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("psql postgresql://billing_ro:Pa55word-x1@db.internal:5432/billing")]
    [InlineData("mongosh \"mongodb+srv://analytics:Zq8Lm2Rt@cluster9.abcde.mongodb.net/\"")]
    public void Redact_DatabaseRoleInConnectionString_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("About Vivaldi – Version 7.1.3570.42 (Official Build) (64-bit)")]
    [InlineData("Build 10.0.22631.4317 (Release Preview)")]
    public void Redact_VersionBeforeParentheses_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("@okwu.bassey:chat.example.org | Element", "@okwu.bassey:chat.example.org")]
    [InlineData("mvdberg (Marit van der Berg) · GitHub", "mvdberg")]
    [InlineData("anil-k (अनिल कुमार) · GitHub", "anil-k")]
    public void Redact_MatrixIdsAndProfilesWithParticles_Handle(string title, string handle)
    {
        string redacted = new Redactor().Redact(title);
        Assert.DoesNotContain(handle, redacted, StringComparison.Ordinal);
        Assert.StartsWith("<HANDLE>", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vendor-sync (Slack Connect) · Brightfield Ltd - Slack", "<CHANNEL> (Slack Connect) · <ORG> - Slack")]
    [InlineData("onboarding - Google Chat", "<CHANNEL> - Google Chat")]
    [InlineData("Google Chat – Budget Review", "Google Chat – <CHANNEL>")]
    [InlineData("Office Move | Facilities | Microsoft Teams", "<CHANNEL> | Facilities | Microsoft Teams")]
    [InlineData("lagerbestand (Operations) | Microsoft Teams", "<CHANNEL> (Operations) | Microsoft Teams")]
    [InlineData("watercooler - Tidewell Marine Mattermost", "<CHANNEL> - <ORG> Mattermost")]
    public void Redact_ChannelsAsChatAppsShowThem_Channel(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("Calendar | Northwind | Microsoft Teams")]
    [InlineData("Roadmap (Draft) | Microsoft Teams")]
    [InlineData("Confluence Bot (DM) • Microsoft Teams")]
    [InlineData("Mentions - Google Chat")]
    [InlineData("Google Chat – Kwame Mensah")]
    [InlineData("log-in - Slack")]
    public void Redact_ChatPagesBotsAndPeople_NoChannel(string title) =>
        Assert.DoesNotContain("<CHANNEL>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Kwame Mensah (DM) » Tidewell Marine :: Slack", "Tidewell Marine")]
    [InlineData("#ops-night (Channel) • Ferncliff Haulage :: Slack", "Ferncliff Haulage")]
    [InlineData("Slack | #payroll-q3 | Ferncliff Haulage", "Ferncliff Haulage")]
    [InlineData("DM: tkarlsen | Ferncliff Haulage Slack", "Ferncliff Haulage")]
    [InlineData("Slack | #sales-north | Silver Harbor", "Silver Harbor")]
    [InlineData("Payouts — Silver Harbor - Stripe", "Silver Harbor")]
    [InlineData("Invoice from Bluefin Cargo - Gmail", "Bluefin Cargo")]
    [InlineData("NDA - Bluefin Cargo.pdf", "Bluefin Cargo")]
    public void Redact_ChatWorkspace_Org(string title, string workspace)
    {
        string redacted = new Redactor().Redact(title);
        Assert.DoesNotContain(workspace, redacted, StringComparison.Ordinal);
        Assert.Contains("<ORG>", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Download Slack | Slack")]
    [InlineData("Slack | Threads | Activity")]
    [InlineData("Payments — Dashboard - Stripe")]
    [InlineData("Invoice from Apple - Gmail")]
    [InlineData("Invoice from Grace Hughes - Gmail")]
    public void Redact_SlackPages_NoOrg(string title) =>
        Assert.DoesNotContain("<ORG>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Quote Marmara Kimya A.Ş. 2026.pdf", "Quote <ORG> 2026.pdf")]
    [InlineData("Serra Verde Comércio Ltda. – Budget - Google Sheets", "<ORG> – Budget - Google Sheets")]
    [InlineData("Kaya Mining (Pty) Ltd | Account | Salesforce", "<ORG> | Account | Salesforce")]
    [InlineData("Nordlys Fiske ASA – Kontrakt", "<ORG> – Kontrakt")]
    [InlineData("Q2-Invoice-Havel-Stavby-sro.xlsx", "Q2-Invoice-<ORG>.xlsx")]
    [InlineData("Offer-Moreau-Rivière-SAS.pdf", "Offer-<ORG>.pdf")]
    public void Redact_LegalFormsAndGluedNames_Org(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("Fabrikam Inc. Class B (FBKM) - Stock quote")]
    [InlineData("Contoso S.A. annual report 2025")]
    [InlineData("Checkout-AB-test results.csv")]
    [InlineData("Contract_Final_v2.docx")]
    [InlineData("Nordbahn Verkehr AG – Fahrplan")]
    public void Redact_ListedCompaniesAndAbTests_NoOrg(string title) =>
        Assert.DoesNotContain("<ORG>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Git: Pull from tidewell/route-planner - PyCharm", "Git: Pull from <REPO> - PyCharm")]
    [InlineData("forked from tidewell/route-planner", "forked from <REPO>")]
    public void Redact_IdeGitDialog_Repo(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("docker run --rm -e LOG_LEVEL=debug mirror.local/web:latest")]
    [InlineData("docker pull team-registry/worker:3.1")]
    [InlineData("exports/orders_2026-02-28.parquet")]
    [InlineData("backups/site-7f3a9c.tar.gz")]
    [InlineData("input/output · Docs")]
    public void Redact_ImagesAndDataFiles_NoRepo(string title) =>
        Assert.DoesNotContain("<REPO>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Bezorgadres Prinsengracht 212-H, 1016 HG Amsterdam - Winkel", "Bezorgadres <ADDRESS> - Winkel")]
    [InlineData("Aleksanterinkatu 15 C 22, 00170 Helsinki – Google Maps", "<ADDRESS> – Google Maps")]
    [InlineData("Vesterbrogade 40, 3. th, 1620 København V – Google Maps", "<ADDRESS> – Google Maps")]
    [InlineData("Rua Oscar Freire, 800 - Jardins, São Paulo - SP, 01426-001 - Google Maps", "<ADDRESS> - Google Maps")]
    [InlineData("Deliver to Flat 21, Lotus Enclave, 6th Main, Jayanagar, Bengaluru 560041 | Shop", "Deliver to <ADDRESS> | Shop")]
    [InlineData("Lease – 2-11-3 Kita-Aoyama, Minato-ku, Tokyo 107-0061.pdf", "Lease – <ADDRESS>.pdf")]
    public void Redact_AddressFormsOfManyCountries_Address(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Fact]
    public void Redact_RecipientBeforeLabelledAddress_NotInAddress()
    {
        string redacted = new Redactor().Redact("Deliver to Kwame Mensah, 3-5-1 Kita-Aoyama, Minato-ku, Tokyo 107-0061 | Shop");
        Assert.Contains("Mensah, <ADDRESS>", redacted.Replace("<PERSON>", "Mensah", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("34 Elm Street - Netflix")]
    [InlineData("Flat 2, Block C - Floor plan")]
    public void Redact_ShowTitlesAndUnitsWithoutLocality_NoAddress(string title) =>
        Assert.DoesNotContain("<ADDRESS>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Dana Reyes (@fields) / X", "<HANDLE>")]
    [InlineData("Friends | Pending: kai-ren#2741 - Discord", "<HANDLE>")]
    [InlineData("kofi_a messaged you", "<HANDLE> messaged you")]
    [InlineData("New message from j.otieno", "New message from <HANDLE>")]
    public void Redact_ProfileNotificationAndTagLogins_Handle(string title, string expected) =>
        Assert.Contains(expected, new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("@pytest.fixture – conftest.py")]
    [InlineData("@app.route(\"/health\")")]
    [InlineData("@Composable fun Greeting(name: String)")]
    [InlineData("npm (Node Package Manager) - Docs")]
    [InlineData("Fixed in ticket#4821 - Jira")]
    public void Redact_DecoratorsAcronymsAndTicketNumbers_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Google Chat – Works Council")]
    [InlineData("Town Square - Tidewell Marine Mattermost")]
    [InlineData("#ops:chat.example.org | Element")]
    public void Redact_SpacesAndRoomAliases_Channel(string title) =>
        Assert.Contains("<CHANNEL>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Grace Hughes - Google Chat")]
    [InlineData("Zdeňka Horáková - Google Chat")]
    [InlineData("Kwame Mensah - Tidewell Marine Mattermost")]
    public void Redact_PersonInGoogleChat_NoChannel(string title) =>
        Assert.DoesNotContain("<CHANNEL>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Invoice_Brzoza_Transport_Sp_z_oo_20260115.pdf", "Invoice_<ORG>_20260115.pdf")]
    [InlineData("Q2-Report-Kaya-Mining-Pty-Ltd.xlsx", "Q2-Report-<ORG>.xlsx")]
    [InlineData("Invoice_Robles_Textiles_SA_de_CV_20260301.pdf", "Invoice_<ORG>_20260301.pdf")]
    [InlineData("Contract_Bluefin_Cargo_v2.docx", "Contract_<ORG>_v2.docx")]
    public void Redact_GluedTwoWordLegalForms_Org(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("Merge request !12 · northbeam/payments/ledger-api · GitLab", "northbeam/payments/ledger-api")]
    public void Redact_GitLabSubgroupProject_Repo(string title, string path) =>
        Assert.DoesNotContain(path, new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("docker run --platform linux/amd64 busybox - Terminal")]
    [InlineData("TZ=America/Sao_Paulo - Settings")]
    [InlineData("git checkout feat/dark-mode - Terminal")]
    public void Redact_PlatformsTimeZonesAndBranches_NoRepo(string title) =>
        Assert.DoesNotContain("<REPO>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("House No. 12B, 7 Cathedral Salai, Chennai 600086 - Google Maps", "<ADDRESS> - Google Maps")]
    [InlineData("27, Hill Road, Bandra West, Mumbai 400050 – Google Maps", "<ADDRESS> – Google Maps")]
    public void Redact_IndianAddresses_Address(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));
}
