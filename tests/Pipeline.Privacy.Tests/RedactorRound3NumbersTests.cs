using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Round 3, numbers and credentials: cloud and SaaS account ids, payment-platform customer ids, secrets passed as
/// command values, webhook ids beside their keys, searches and flow markers in query strings, abbreviated SSN labels,
/// clinicians' and record-file ids, and numbers that only look like phones. Each class with made-up positives in
/// several wordings and the look-alikes that must stay.
/// </summary>
public sealed class RedactorRound3NumbersTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    // --- Cloud and SaaS accounts -------------------------------------------------------------------------------

    [Theory]
    [InlineData("Switch role: Deploy @ 3301-4472-9915 | AWS", "Deploy @ <ID> | AWS")]
    [InlineData("PowerUser @ 771203984455 · AWS Management Console", "PowerUser @ <ID>")]
    [InlineData("Billing Dashboard – 5518 2093 7716 – AWS", "– <ID> –")]
    [InlineData("arn:aws:iam::604418273395:role/ReadOnly - IAM", "arn:aws:iam::<ID>:")]
    [InlineData("https://604418273395.signin.aws.amazon.com/console", "https://<ID>.signin.aws.amazon.com")]
    public void Redact_AwsAccountNumber_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Invoice 771203984455 - AWS Billing")]
    [InlineData("Case 771203984455 - AWS Support Center")]
    [InlineData("Order 771203984455 - Amazon.com")]
    [InlineData("EC2 i-0abc771203984455 - AWS")]
    [InlineData("Build 771203984455 finished")]
    [InlineData("S3 bucket size 771203984455 bytes - AWS")]
    [InlineData("Lambda: 771203984455 requests this month | AWS")]
    public void Redact_TwelveDigitsThatAreNotAnAwsAccount_Kept(string title) =>
        Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Subscription 5d0c9a1e-7b2f-4c3d-9e8a-1f2b3c4d5e6f - Microsoft Azure", "Subscription <ID>")]
    [InlineData("Subscription ID: 5d0c9a1e-7b2f-4c3d-9e8a-1f2b3c4d5e6f · Cost Management", "Subscription ID: <ID>")]
    [InlineData("Tenant a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d – Entra admin center", "Tenant <ID>")]
    [InlineData("Directory (tenant) ID a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "ID <ID>")]
    [InlineData("https://management.azure.com/subscriptions/5d0c9a1e-7b2f-4c3d-9e8a-1f2b3c4d5e6f/resourceGroups/rg-web", "/subscriptions/<ID>/")]
    public void Redact_AzureSubscriptionOrTenant_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Trace 5d0c9a1e-7b2f-4c3d-9e8a-1f2b3c4d5e6f - Application Insights")]
    [InlineData("Request 5d0c9a1e-7b2f-4c3d-9e8a-1f2b3c4d5e6f failed")]
    [InlineData("Deployment 5d0c9a1e-7b2f-4c3d-9e8a-1f2b3c4d5e6f succeeded - Microsoft Azure")]
    [InlineData("Application (client) ID 5d0c9a1e-7b2f-4c3d-9e8a-1f2b3c4d5e6f")]
    public void Redact_UuidWithoutAccountLabel_Kept(string title) =>
        Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Project number: 318840275516 - Google Cloud console", "Project number: <ID>")]
    [InlineData("https://dash.cloudflare.com/7c1e0f9a2b3d4c5e6f708192a3b4c5d6/acme.test/dns", "cloudflare.com/<ID>/")]
    [InlineData("ocid1.tenancy.oc1..aaaaaaaa4kq7xw2n5rbz3m8vj6tc0hd9sl1pe7yfu2gq4ian6ox3wmr5ktb", "<ID>")]
    public void Redact_OtherCloudAccounts_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Project 2026 roadmap - Google Cloud")]
    [InlineData("Quota 318840275516 bytes - Google Cloud console")]
    public void Redact_NumbersInGoogleCloudWithoutProjectLabel_Kept(string title) =>
        Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    // --- Payment and SaaS object ids ---------------------------------------------------------------------------

    [Theory]
    [InlineData("https://dashboard.stripe.com/customers/cus_Rk4tWq8ZmN2pLx - Stripe", "/customers/<ID>")]
    [InlineData("https://dashboard.stripe.com/test/customers/cus_9zQbV3nHk7TmWd – Stripe", "/customers/<ID>")]
    [InlineData("https://dashboard.stripe.com/connect/accounts/acct_1Pq7Lm2Nx9Wz4Rt8", "/accounts/<ID>")]
    [InlineData("https://vendors.paddle.com/customers/ctm_01hv8x2k4m6n8p0q2r4s6t8v0w", "/customers/<ID>")]
    public void Redact_CustomerOrAccountObjectInPath_Id(string title, string expected)
    {
        string redacted = Redact(title);
        Assert.Contains(expected, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("<SECRET>", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://dashboard.stripe.com/payments/pi_3PqR7sT2uV9wXy1Z0aBcDeFg")]
    [InlineData("https://dashboard.stripe.com/invoices/in_1Qx2Wc3Ev4Rb5Tn6Ym7Uk8Il")]
    [InlineData("https://dashboard.stripe.com/events/evt_1Nb2Vc3Xz4Lk5Jh6Gf7Ds8Aa")]
    public void Redact_TransactionObjectInPath_NotSecret(string title)
    {
        string redacted = Redact(title);
        Assert.DoesNotContain("<SECRET>", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("<ID>", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_ClientSecretOfPaymentIntent_StaysSecret() =>
        Assert.Contains("<SECRET>", Redact("https://pay.example.test/confirm?payment_intent_client_secret=pi_3PqR7sT2uV9wXy1Z_secret_Lm4Nq8Rw2Tz6Vb"), StringComparison.Ordinal);

    // --- Secrets as command values ----------------------------------------------------------------------------

    [Theory]
    [InlineData("gh secret set SMTP_PASSWORD --body Wq7!vLm2Rz", "--body <SECRET>")]
    [InlineData("gh secret set DEPLOY_HOOK --repo acme/site --body hX92kLq0PzT", "--body <SECRET>")]
    [InlineData("gh secret set SIGNING_KEY -b n4Rt8Wq2Lx6Z --env production", "-b <SECRET>")]
    [InlineData("gh secret set SIGNING_KEY --body=\"n4Rt8Wq2Lx6Z\"", "<SECRET>")]
    public void Redact_GhSecretSetBody_Secret(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("gh variable set REGION --body eu-west-1")]
    [InlineData("gh secret set API_KEY < key.txt")]
    [InlineData("gh secret list --repo acme/site")]
    public void Redact_GhWithoutSecretValue_NoSecret(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("VAULT_TOKEN=Qm8zRt2WxLp5Vn9K vault kv get secret/ledger", "VAULT_TOKEN=<SECRET> vault")]
    [InlineData("VAULT_ADDR=https://vault.corp.test:8200 VAULT_TOKEN=Tn4Lq8Zr2Wm6Xb vault read db/creds", "VAULT_TOKEN=<SECRET>")]
    [InlineData("ANSIBLE_VAULT_PASSWORD=Pa55!vault7 ansible-playbook site.yml", "ANSIBLE_VAULT_PASSWORD=<SECRET>")]
    public void Redact_InlineEnvSecretBeforeCommand_Secret(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("sqlcmd -S db01 -U sa -P Qw8rT5yU2! -Q \"select 1\"", "-P <SECRET>")]
    [InlineData("ldapsearch -x -D cn=admin,dc=corp -w Bind4Pass! -b dc=corp", "-w <SECRET>")]
    [InlineData("mongosh -u admin -p Mongo7Pass --authenticationDatabase admin", "-p <SECRET>")]
    [InlineData("zip -P Arch1vePw payroll.zip march.csv", "-P <SECRET>")]
    [InlineData("7z x -pZip9Secret backup.7z", "-p<SECRET>")]
    [InlineData("openssl pkcs12 -export -passout pass:Exp0rtPw -out cert.p12", "pass:<SECRET>")]
    [InlineData("keytool -list -keystore app.jks -storepass St0rePass1", "-storepass <SECRET>")]
    [InlineData("oc login -u dev -p Ocp4Pass! https://api.cluster.test:6443", "-p <SECRET>")]
    [InlineData("az login --service-principal -u 3f2e1d0c -p Sp9~Secret.Value --tenant corp.test", "-p <SECRET>")]
    [InlineData("twine upload -u __token__ -p Tw1neUpl0adPw dist/*", "-p <SECRET>")]
    public void Redact_PasswordFlagOfCommand_Secret(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("docker run -p 8080:80 nginx")]
    [InlineData("mysql -u root -p")]
    [InlineData("zip -r site.zip public")]
    [InlineData("ldapsearch -x -b dc=corp -H ldap://ldap.corp.test")]
    [InlineData("openssl req -new -key server.key -out server.csr")]
    [InlineData("mongosh --port 27018")]
    public void Redact_CommandFlagsWithoutPassword_NoSecret(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("kubectl create secret generic billing --from-literal=dbpass=Qw8rT5yU2 -n prod", "dbpass=<SECRET> -n")]
    [InlineData("kubectl create secret generic api --from-literal=username=svc-api --from-literal=signing=Zx81Lmq0Pp", "username=svc-api --from-literal=signing=<SECRET>")]
    [InlineData("echo Sup3rS3cretPw | docker login -u ci --password-stdin registry.example.test", "echo <SECRET> | docker login -u ci --password-stdin registry.example.test")]
    [InlineData("echo -n 'Hx7!qLm2Rt' | helm registry login reg.example.test --password-stdin", "echo -n '<SECRET>' |")]
    [InlineData("netlify env:set STRIPE_KEY sk9Xq2Lm4Rt8Wz", "STRIPE_KEY <SECRET>")]
    public void Redact_SecretValueReadByCommand_Secret(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("cat token.txt | docker login -u ci --password-stdin ghcr.io")]
    [InlineData("kubectl create configmap web --from-literal=mode=production")]
    [InlineData("docker login -u ci --password-stdin registry.example.test")]
    public void Redact_StdinLoginWithoutValue_NoSecret(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("$env:DB_PASSWORD = \"Pw0rd!2026x\"", "= \"<SECRET>\"")]
    [InlineData("smtp_password = 'Mail4Relay!9'", "= '<SECRET>'")]
    public void Redact_SpacedQuotedAssignment_Secret(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("api_key=YOUR_API_KEY - examples.http")]
    [InlineData("GITHUB_TOKEN=your-token-here · README.md")]
    [InlineData("STRIPE_SECRET=REPLACE_ME | .env.example")]
    [InlineData("PASSWORD_HASH=argon2id pytest -q")]
    [InlineData("JWT_SIGNING=hs256 npm test")]
    [InlineData("max_tokens = \"4096\"")]
    public void Redact_PlaceholderOrAlgorithmValue_NoSecret(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    // --- Webhooks ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://discord.com/api/webhooks/1123581321345589144/Qw8-rT5yU2aZx81Lmq0PpLk3Jh7Gf5Ds1Aa9Sd2Fg4Hj6Kl8Zx0Cv2Bn4Mq6Wr8Ty", "https://discord.com/api/webhooks/<SECRET>")]
    [InlineData("https://discordapp.com/api/webhooks/998877665544332211/Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90Uv12Wx34Yz56 - test", "https://discordapp.com/api/webhooks/<SECRET> - test")]
    [InlineData("https://hooks.zapier.com/hooks/catch/4412087/b7x2kq9/", "https://hooks.zapier.com/hooks/catch/<SECRET>/")]
    public void Redact_WebhookIdAndKey_OneSecret(string title, string expected) =>
        Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("https://discord.com/api/webhooks/1123581321345589144")]
    [InlineData("https://docs.example.test/hooks/catch/overview")]
    public void Redact_WebhookIdWithoutKey_NoSecret(string title) =>
        Assert.DoesNotContain("<SECRET>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("National Insurance number: QQ 12 34 56 C – HMRC", "number: <ID> –")]
    [InlineData("NINO QQ123456 A - Payroll", "NINO <ID> -")]
    public void Redact_NationalInsuranceNumberWithSuffix_WholeId(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("meet.jit.si/AcmeBoardPrep42 - Jitsi Meet", "<URL> - Jitsi Meet")]
    [InlineData("https://meet.jit.si/quarterly-review-ana", "<URL>")]
    [InlineData("https://gotomeet.me/AnaLima", "<URL>")]
    [InlineData("signal.group/#CjQKIHx9aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_ab - Signal", "<URL> - Signal")]
    public void Redact_MeetingRoomOrGroupInvite_Url(string title, string expected) =>
        Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("https://meet.jit.si/")]
    [InlineData("https://jitsi.org/security")]
    public void Redact_MeetingSitePages_Kept(string title) =>
        Assert.DoesNotContain("<URL>", Redact(title), StringComparison.Ordinal);

    // --- Query values -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://www.google.com/search?q=lena.brandt%40example.org&hl=en", "q=<URL_QUERY>&hl=en")]
    [InlineData("https://crm.example.test/contacts?query=omar.haddad%40mail.test", "query=<URL_QUERY>")]
    [InlineData("https://www.youtube.com/results?search_query=k.tanaka%40example.jp", "search_query=<URL_QUERY>")]
    [InlineData("https://people.example.test/search?keywords=ines.moreau%40corp.test&origin=HEADER", "keywords=<URL_QUERY>")]
    public void Redact_EncodedAddressInSearch_UrlQuery(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Fact]
    public void Redact_AddressInEmailParameter_StaysEmail() =>
        Assert.Contains("email=<EMAIL>", Redact("https://app.example.test/invite?email=lena.brandt@example.org"), StringComparison.Ordinal);

    [Theory]
    [InlineData("https://app.example.test/oauth/callback?access_token=Zq81Lmq0PpQw8rT5yU2aB3&state=xyz", "&state=xyz")]
    [InlineData("https://id.example.test/authorize?client_id=webapp&response_type=code&scope=openid%20profile&state=af0ifjsldkj", "client_id=webapp&response_type=code&scope=openid%20profile&state=af0ifjsldkj")]
    [InlineData("https://id.example.test/authorize?response_mode=fragment&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")]
    [InlineData("https://tracker.example.test/issues?state=open&page=2", "state=open&page=2")]
    [InlineData("https://www.google.com/search?q=tide+tables&client=firefox-b-d&channel=entpr", "client=firefox-b-d&channel=entpr")]
    public void Redact_OAuthFlowMarkers_Kept(string title, string kept) =>
        Assert.Contains(kept, Redact(title), StringComparison.Ordinal);

    // --- SSN, clinicians, record files --------------------------------------------------------------------------

    [Theory]
    [InlineData("Soc. Sec. No. 512 38 7704 – Payroll setup", "No. <SSN>")]
    [InlineData("Soc Sec # 512-38-7704 · Benefits", "# <SSN>")]
    [InlineData("Social Sec. Number 512387704 - HR portal", "Number <SSN>")]
    [InlineData("S.S.N. 512 38 7704", "<SSN>")]
    [InlineData("SS No. 512 38 7704 | W-4", "<SSN>")]
    public void Redact_AbbreviatedSsnLabel_Ssn(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Class No. 512 38 7704")]
    [InlineData("Soc. Sec. ending in 7704")]
    [InlineData("Part No. 512 38 7704 - Catalog")]
    public void Redact_SsnShapeWithoutSsnLabel_NoSsn(string title) =>
        Assert.DoesNotContain("<SSN>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Contact ID 5123490 - HubSpot", "Contact ID <ID>")]
    [InlineData("Lead ID: 88213 · Salesforce", "Lead ID: <ID>")]
    [InlineData("ITIN 912-78-1234 - IRS", "ITIN <ID>")]
    public void Redact_PersonRecordWithIdWord_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Contact us 1-800-555-0199", "<PHONE>")]
    [InlineData("Lead time 14 days - Procurement", "Lead time 14 days")]
    public void Redact_PersonRecordWordWithoutIdWord_NotId(string title, string expected)
    {
        string redacted = Redact(title);
        Assert.Contains(expected, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("<ID>", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NPI 1730582947 - Provider lookup", "NPI <ID>")]
    [InlineData("Provider NPI: 1730582947 · Claims", "NPI: <ID>")]
    [InlineData("DEA No. BM4417702 - Prescriber", "<ID>")]
    public void Redact_ClinicianRegistration_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Referral_Lena_Brandt_30-114-205.pdf", "Referral_")]
    [InlineData("Chart_Omar_Haddad_MRN-4471902.pdf", "Chart_")]
    [InlineData("Referral.Omar.Haddad.A4471902.pdf", "Referral.")]
    [InlineData("LabResults_Ines_Moreau_P8812046.pdf", "LabResults_")]
    [InlineData("Passport_Ana_Costa_548812904.pdf", "Passport_")]
    public void Redact_HolderNumberAtEndOfRecordFile_Id(string title, string prefix)
    {
        string redacted = Redact(title);
        Assert.StartsWith(prefix, redacted, StringComparison.Ordinal);
        Assert.EndsWith("<ID>.pdf", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Referral_Lena_Brandt_20260315.pdf")]
    [InlineData("Passport_scan_20260315.jpg")]
    [InlineData("Invoice_Acme_4471902.pdf")]
    [InlineData("Chart_Q3_2026-09.xlsx")]
    [InlineData("Policy_Acme_2026.pdf")]
    public void Redact_DateOrDocumentNumberInFileName_NoId(string title) =>
        Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Tomasz Wójcik (HR-4410-218) – Time Off | Workday", "(<ID>)")]
    [InlineData("刘晓玲 (EMP-1225-370) — Compensation · Workday", "(<ID>)")]
    [InlineData("김민준 (HR-20931) - Workday", "(<ID>)")]
    public void Redact_DashedCodeAfterName_Id(string title, string expected) =>
        Assert.Contains(expected, Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("发票 (20931234)")]
    [InlineData("Release Notes (v2-4410-218)")]
    public void Redact_CodeAfterWordThatIsNotName_NoId(string title) =>
        Assert.DoesNotContain("<ID>", Redact(title), StringComparison.Ordinal);

    // --- Not phones -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("AssemblyVersion=24.11.30.8812 — app.csproj")]
    [InlineData("FileVersion: 8.1.44.2211")]
    [InlineData("app_version=12.04.33.1029")]
    [InlineData("GL 6100-200-3001 Travel expenses – NetSuite")]
    [InlineData("GL 8812-604-7193 Prepaid rent – NetSuite")]
    [InlineData("Cost center 8812-604-7193 · SAP")]
    [InlineData("Ledger 8815-320-4471 - Xero")]
    [InlineData("ProductVersion=23.11.02.8841")]
    public void Redact_VersionSettingOrLedgerAccount_NoPhone(string title) =>
        Assert.DoesNotContain("<PHONE>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Call +49 30 901820 - Teams")]
    [InlineData("server=db01 Call 415-867-5309")]
    public void Redact_PhoneBesideSettings_StillPhone(string title) =>
        Assert.Contains("<PHONE>", Redact(title), StringComparison.Ordinal);
}
