namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// The values one template family draws from. <see cref="DevPools"/> and <see cref="HeldoutPools"/> share no
/// names, domains, organisations, repositories or channels, and use different countries and formats where a class
/// has many (phones, IBANs, addresses, card networks), so that a rule fitted to dev values is still judged on values
/// it has not seen.
/// </summary>
internal sealed class ValuePools
{
    public required string Family { get; init; }

    /// <summary>Title separators, weighted by repetition.</summary>
    public required IReadOnlyList<string> Separators { get; init; }

    public required IReadOnlyList<NameCulture> Cultures { get; init; }

    /// <summary>Whole names in their own scripts (田中 雄一, Дмитрий Соколов).</summary>
    public required IReadOnlyList<string> NativeScriptNames { get; init; }

    public required IReadOnlyList<string> CompanyDomains { get; init; }

    public required IReadOnlyList<string> FreeMailDomains { get; init; }

    /// <summary>E-mail local parts with non-ASCII letters.</summary>
    public required IReadOnlyList<string> UnicodeLocalParts { get; init; }

    public required IReadOnlyList<string> PlusTags { get; init; }

    public required IReadOnlyList<string> FediverseInstances { get; init; }

    /// <summary>National phone numbers of the family's countries (shapes: <c>#</c> digit, <c>%</c> 2–9).</summary>
    public required IReadOnlyList<string> NationalPhones { get; init; }

    /// <summary>International forms: <c>+CC</c> or <c>00CC</c>.</summary>
    public required IReadOnlyList<string> InternationalPhones { get; init; }

    public required IReadOnlyList<string> UsPhones { get; init; }

    public required IReadOnlyList<string> TollFreePhones { get; init; }

    /// <summary>E.164 digits without the plus, as deep links carry them (wa.me/…).</summary>
    public required IReadOnlyList<string> DeepLinkDigits { get; init; }

    public required IReadOnlyList<CardBrand> CardBrands { get; init; }

    public required IReadOnlyList<string> CardSeparators { get; init; }

    public required IReadOnlyList<IbanFormat> Ibans { get; init; }

    public required IReadOnlyList<string> SsnSeparators { get; init; }

    /// <summary>IPv4 addresses as template patterns (<c>10.{int:0-255}…</c>).</summary>
    public required IReadOnlyList<string> Ipv4Patterns { get; init; }

    public required IReadOnlyList<string> Ipv6Patterns { get; init; }

    /// <summary>Identifier shapes by kind (employee, customer, …); a template asks for a kind with <c>{ID=id:kind}</c>.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> IdShapes { get; init; }

    public required IReadOnlyList<EnvSecret> EnvSecrets { get; init; }

    /// <summary>Provider key shapes that appear on their own, outside an assignment.</summary>
    public required IReadOnlyList<string> ProviderKeys { get; init; }

    /// <summary>Hosts of the private applications whose links carry tokens.</summary>
    public required IReadOnlyList<string> AppHosts { get; init; }

    /// <summary>Path prefixes after which a token is the credential (reset-password/…, invite/accept/…).</summary>
    public required IReadOnlyList<string> TokenPaths { get; init; }

    /// <summary>Personal searches, as typed (spaces); the generator encodes them.</summary>
    public required IReadOnlyList<string> Searches { get; init; }

    public required IReadOnlyList<string> RepoOwners { get; init; }

    public required IReadOnlyList<string> RepoNames { get; init; }

    /// <summary>Channel names with their <c>#</c>.</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>Channel names as Teams and Mattermost show them, without <c>#</c>.</summary>
    public required IReadOnlyList<string> PlainChannels { get; init; }

    /// <summary>Organisations that are private parties (customers, counterparties, employers).</summary>
    public required IReadOnlyList<string> Orgs { get; init; }

    public required IReadOnlyList<string> AddressPatterns { get; init; }

    public required IReadOnlyList<string> ShortAddressPatterns { get; init; }
}
