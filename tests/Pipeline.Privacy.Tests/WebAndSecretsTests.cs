using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// URLs, secrets, query values and the precision of organisations, repositories and handles in titles written in the
/// languages desktop users work in: each rule with a made-up positive and the look-alike it must leave alone.
/// </summary>
public sealed class WebAndSecretsTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    [Theory]
    [InlineData("https://cuenta.tiendaluz.es/restablecer/4b1e0c2a-9d3f-4e7a-8c21-5f6a7b8c9d0e")]
    [InlineData("https://compte.boulangerie-orme.fr/reinitialiser/0d2c4e6f-1a3b-4c5d-8e9f-a1b2c3d4e5f6")]
    [InlineData("https://konto.fahrradwerk.de/passwort-zuruecksetzen/7e6d5c4b-3a29-4181-9f0e-d1c2b3a4f5e6")]
    [InlineData("https://app.tallyforge.io/einladung/1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b")]
    [InlineData("https://portal.officinamarelli.it/invito/2a3b4c5d-6e7f-4081-9a2b-3c4d5e6f7a8b")]
    public void Redact_UuidAfterLocalisedResetOrInvite_Secret(string title)
    {
        string redacted = Redact(title);
        Assert.Contains("/<SECRET>", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("-4", redacted[redacted.LastIndexOf('/')..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.example-status.io/v2/incidents/6b1f9e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b")]
    [InlineData("https://docs.tallyforge.io/changelog/2f3e4d5c-6b7a-4890-9a1b-2c3d4e5f6a7b")]
    public void Redact_UuidOutsideCapabilityPath_Kept(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://hr.muebles-roble.es/empleado.php?id=40817", "id=<URL_QUERY>")]
    [InlineData("https://intranet.stolarnia-dab.pl/pracownik.php?id=7731", "id=<URL_QUERY>")]
    [InlineData("https://crm.kaffeeroester.de/kunde?id=55102", "id=<URL_QUERY>")]
    public void Redact_IdOnLocalisedPersonRecord_UrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://shop.example-books.es/catalogo.php?id=4081")]
    [InlineData("https://forum.radclub.de/thread.php?id=991")]
    public void Redact_IdOnPublicPage_Kept(string title) =>
        Assert.DoesNotContain("<URL_QUERY>", Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_ImageDigestWithDashInLayerUrl_Kept() =>
        Assert.DoesNotContain("<SECRET>", Redact("https://hub.docker.com/layers/library/busybox/1.36.1/images/sha256-3f1a9e0b7c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a"), StringComparison.Ordinal);

    [Theory]
    [InlineData("ANTHROPIC_API_KEY=sk-... · Quickstart")]
    [InlineData("export STRIPE_SECRET_KEY=sk_test_… – Docs")]
    public void Redact_ElidedKeyPlaceholder_Kept(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("aws configure set aws_secret_access_key q8Zr/Lm3Tn9Vb+Xc2Wd5Ye7Hf1Jg4Kp6Ns0Qa8Rb", "aws_secret_access_key <SECRET>")]
    [InlineData("yarn config set npmAuthToken Nq4xT7bLm2Pz9Rw5Kc8Vd3", "npmAuthToken <SECRET>")]
    public void Redact_SecretAfterConfigSet_Secret(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("aws configure set region eu-west-1")]
    [InlineData("npm config set registry https://registry.npmjs.org/")]
    [InlineData("git config set password prompt")]
    [InlineData("gh secret set DEPLOY_TOKEN --env staging")]
    public void Redact_PlainSettingAfterSet_NoSecret(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("http GET api.github.com/user 'Accept: application/json'")]
    [InlineData("docker push registry.gitlab.com/worker:3.2.1")]
    [InlineData("curl https://api.github.com/octocat")]
    public void Redact_ApiEndpointOrImageOnCodeHostSubdomain_NoUrl(string title) =>
        Assert.DoesNotContain("<URL>", Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_ProfileOnCodeHost_Url() =>
        Assert.Contains("<URL>", Redact("https://github.com/rfalkenrath — Mozilla Firefox"), StringComparison.Ordinal);

    [Fact]
    public void Redact_TelegramPhoneLink_PhoneOnly()
    {
        string redacted = Redact("https://t.me/+447700900123");
        Assert.Contains("t.me/<PHONE>", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("<URL>", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_TelegramGroupInvite_UrlWhole() =>
        Assert.Equal("<URL>", Redact("https://t.me/+Qx7LmZ2aB9c4NjRk"));

    [Fact]
    public void Redact_DottedRedditName_HandleWhole() =>
        Assert.Equal("<HANDLE> — Reddit", Redact("u/hana.morikawa — Reddit"));

    [Theory]
    [InlineData("C# async/await deadlock · Stack Overflow")]
    [InlineData("read/write lock fairness · Rust Forum")]
    [InlineData("Rust producer/consumer channels - Stack Overflow")]
    public void Redact_TermPairOrQuestionSite_NoRepo(string title) =>
        Assert.DoesNotContain("<REPO>", Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_RepoInCodeHostTitle_Repo() =>
        Assert.Contains("<REPO>", Redact("Pull request #12 · brightloom/ledger-sync · GitHub"), StringComparison.Ordinal);

    [Theory]
    [InlineData("Ana Ruiz (DM) | Transports Berthelot SAS - Slack", "<ORG> - Slack")]
    [InlineData("kanał-ogólny | Zakłady Kowalczyk sp.k. Mattermost", "<ORG> Mattermost")]
    [InlineData("Angebot_Kranbau_Hellwig_GmbH_Co_KG_v4.docx", "Angebot_<ORG>_v4.docx")]
    [InlineData("Helpdesk | Ticket from Lantern Logistics GmbH", "from <ORG>")]
    public void Redact_TradeWordLedOrPartnershipForm_OrgWhole(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("有限会社ミドリ工房 見積書", "<ORG> 見積書")]
    [InlineData("合同会社ソラ企画 - Company | HubSpot", "<ORG> - Company")]
    public void Redact_JapaneseFormBeforeName_Org(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Vol AI 1842 - 14.03.2026 07:15")]
    [InlineData("Tata Consultancy Services Ltd 주가 | Yahoo Finance")]
    [InlineData("Infosys Industries Ltd 株価 - Kabutan")]
    [InlineData("Nordwerk Holdings AG FY2025 annual report")]
    public void Redact_FlightCodeOrQuotePage_NoOrg(string title) =>
        Assert.DoesNotContain("<ORG>", Redact(title), StringComparison.Ordinal);
}
