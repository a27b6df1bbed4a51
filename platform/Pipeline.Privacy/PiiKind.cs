namespace Pipeline.Privacy;

/// <summary>A kind of personal or secret data the <see cref="Redactor"/> replaces, each with its placeholder.</summary>
public enum PiiKind : byte
{
    /// <summary><c>&lt;EMAIL&gt;</c>: an e-mail address.</summary>
    Email,
    /// <summary><c>&lt;CARD&gt;</c>: a payment card number (known issuer prefix, 13 to 19 digits, Luhn check digit).</summary>
    Card,
    /// <summary><c>&lt;PHONE&gt;</c>: a phone number, international (+CC) or a common national form.</summary>
    Phone,
    /// <summary><c>&lt;IBAN&gt;</c>: an IBAN with a valid mod-97 checksum.</summary>
    Iban,
    /// <summary><c>&lt;IP&gt;</c>: an IPv4 or IPv6 address.</summary>
    Ip,
    /// <summary><c>&lt;SSN&gt;</c>: a US social security number (AAA-GG-SSSS with the issuing rules).</summary>
    Ssn,
    /// <summary><c>&lt;SECRET&gt;</c>: an API key, token or JWT, or a token-like URL path segment or query value.</summary>
    Secret,
    /// <summary><c>&lt;URL_QUERY&gt;</c>: any other URL query value (search terms, ids), which often identify a person.</summary>
    UrlQuery,
}
