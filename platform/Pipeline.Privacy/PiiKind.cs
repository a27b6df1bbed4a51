namespace Pipeline.Privacy;

/// <summary>
/// A kind of personal or secret data the <see cref="Redactor"/> replaces, each with its placeholder: the upper snake
/// case of the name in angle brackets (<see cref="UrlQuery"/> is <c>&lt;URL_QUERY&gt;</c>). Placeholders are a
/// contract: the lake, the device's title scrubber and independent scorers read them.
/// </summary>
public enum PiiKind : byte
{
    /// <summary><c>&lt;EMAIL&gt;</c>: an e-mail address, local parts with non-ASCII letters included.</summary>
    Email,
    /// <summary><c>&lt;CARD&gt;</c>: a payment card number (known issuer prefix, 13 to 19 digits, Luhn check digit).</summary>
    Card,
    /// <summary><c>&lt;PHONE&gt;</c>: a phone number, international (+CC, 00CC) or national, confirmed by libphonenumber's metadata.</summary>
    Phone,
    /// <summary><c>&lt;IBAN&gt;</c>: an IBAN (either case) with the country's length and a valid mod-97 checksum.</summary>
    Iban,
    /// <summary><c>&lt;IP&gt;</c>: an IPv4 or IPv6 address (not a version or section number).</summary>
    Ip,
    /// <summary><c>&lt;SSN&gt;</c>: a US social security number: AAA-GG-SSSS, or spaced or unseparated after an SSN label.</summary>
    Ssn,
    /// <summary>
    /// <c>&lt;SECRET&gt;</c>: an API key, token, password or JWT: well-known provider prefixes, values of secret-named
    /// assignments and headers, and token-like parts of capability URLs.
    /// </summary>
    Secret,
    /// <summary><c>&lt;URL_QUERY&gt;</c>: any other URL query value (search terms, ids), which often identify a person.</summary>
    UrlQuery,
    /// <summary><c>&lt;PERSON&gt;</c>: a person's name, where a gazetteer first name or the title's context makes it one.</summary>
    Person,
    /// <summary><c>&lt;HANDLE&gt;</c>: a user name: an <c>@handle</c>, or the user named in a direct-message context.</summary>
    Handle,
    /// <summary><c>&lt;CHANNEL&gt;</c>: a chat channel name such as <c>#incidents</c>.</summary>
    Channel,
    /// <summary><c>&lt;REPO&gt;</c>: an <c>owner/repository</c> path on a code host (well-known public owners excepted).</summary>
    Repo,
    /// <summary><c>&lt;ADDRESS&gt;</c>: a street address (number and street, with unit, city and postal code when present).</summary>
    Address,
    /// <summary><c>&lt;ORG&gt;</c>: a company name that names a private party (legal-form suffix, workspace, company-type word).</summary>
    Org,
    /// <summary><c>&lt;ID&gt;</c>: an account, customer, employee or similar personal id in a labelled context, or a payment-platform object id.</summary>
    Id,
    /// <summary><c>&lt;URL&gt;</c>: a whole URL whose path names a person (booking pages, profiles) or is an invitation.</summary>
    Url,
}
