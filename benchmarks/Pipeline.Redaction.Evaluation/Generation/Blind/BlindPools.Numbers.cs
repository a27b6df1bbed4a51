namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindPools
{
    // Shapes (GenerationContext.Shape): # any digit, % 2–9. Each line follows the country's numbering plan: the
    // trunk prefix and the leading digits of the area or mobile range are real, the subscriber digits random.

    /// <summary>Numbers as dialled at home, by country.</summary>
    public static IReadOnlyList<string> NationalPhones { get; } =
    [
        // United States and Canada (NANP: area and exchange start 2–9)
        "(312) %##-####", "415-%##-####", "206.%##.####", "(604) %##-####", "416 %##-####",
        // United Kingdom: London 020, Manchester 0161, mobiles 07
        "020 7### ####", "020 3### ####", "0161 %## ####", "07%## ######", "07%##-###-###",
        // Germany: Berlin 030, Munich 089, mobiles 015x/016x/017x
        "030 %#######", "030/%######", "089 %######", "0151 %#######", "0176-%#######",
        // France: 01–05 fixed, 06/07 mobile, pairs
        "01 ## ## ## ##", "04.## ## ## ##", "06 ## ## ## ##", "07.##.##.##.##",
        // Spain, Italy, Netherlands
        "91 %## ## ##", "6## ## ## ##", "06 #### ####", "3%# ### ####", "06-%#######", "020 %## ####",
        // Brazil, Mexico, Argentina
        "(11) 9####-####", "(21) 3###-####", "55 %### ####", "011 %###-####",
        // India, Japan, South Korea
        "09%## #####", "011 2### ####", "03-%###-####", "090-####-####", "080 #### ####", "010-####-####", "02-%##-####",
        // Australia, South Africa, Nigeria
        "04%# ### ###", "(02) 9### ####", "082 %## ####", "021 %## ####", "0803 %## ####",
        // Poland, Sweden, Switzerland, Turkey, Singapore, Ireland, UAE
        "5%# ### ###", "070-%## ## ##", "08-%## ### ##", "079 %## ## ##", "044 %## ## ##", "0 (5%#) %## ## ##",
        "0212 %## ## ##", "9%## ####", "087 %## ####", "(01) %## ####", "050 %## ####",
    ];

    /// <summary>Numbers with their country code, written with <c>+</c> or the <c>00</c> international prefix.</summary>
    public static IReadOnlyList<string> InternationalPhones { get; } =
    [
        "+1 (312) %##-####", "+1 646 %## ####", "+1-778-%##-####",
        "+44 20 7### ####", "+44 7%## ######", "+44 (0)161 %## ####", "0044 20 3### ####",
        "+49 30 %#######", "+49 (0)89 %######", "+49 151 %#######", "0049 176 %#######",
        "+33 1 ## ## ## ##", "+33 6 ## ## ## ##", "+33 (0)4 ## ## ## ##", "0033 7 ## ## ## ##",
        "+34 6## ### ###", "+34 93 %## ## ##", "0034 91 %## ## ##",
        "+39 06 #### ####", "+39 3%# ### ####", "+31 6 %#######", "+31 (0)20 %## ####", "0031 10 %## ####",
        "+55 11 9####-####", "+55 (21) 9####-####", "+52 55 %### ####", "+52 81 %### ####", "+54 9 11 %###-####",
        "+91 9#### #####", "+91-7####-#####", "+91 80 4### ####", "+81 3-%###-####", "+81 90-####-####", "+81 (0)6 %###-####",
        "+82 10-####-####", "+82 2-%###-####", "+61 4%# ### ###", "+61 2 9### ####", "+61 (0)3 9### ####",
        "+27 82 %## ####", "+27 11 %## ####", "+234 803 %## ####", "+234 (0)809 %## ####",
        "+48 5%# ### ###", "+48 22 %## ## ##", "+46 70 %## ## ##", "+46 (0)8 %## ### ##", "+41 44 %## ## ##", "+41 79 %## ## ##",
        "0041 78 %## ## ##", "+90 5%# %## ## ##", "+90 (212) %## ## ##", "+65 9%## ####", "+65 6%## ####",
        "+353 87 %## ####", "+353 (0)1 %## ####", "+971 50 %## ####", "+971 4 %## ####", "+20 10 %### ####",
    ];

    /// <summary>Toll-free and shared-cost hotlines: still phone numbers.</summary>
    public static IReadOnlyList<string> HotlinePhones { get; } =
    [
        "1-800-%##-####", "1-888-%##-####", "1 (877) %##-####", "(866) %##-####", "+1 844 %## ####", "1.833.%##.####",
        "0800 ### ####", "0800 %## ## ##", "0120-###-###", "1300 %## ###", "1800 %## ###", "0 800 ## ## ##", "900 %## ###",
    ];

    /// <summary>E.164 digits without the plus, as wa.me, signal.me and tel: links carry them.</summary>
    public static IReadOnlyList<string> E164Digits { get; } =
    [
        "1312%######", "1646%######", "447%########", "4930%#######", "49151%#######", "336########", "346########",
        "393%#########", "316%#######", "55119########", "5255%#######", "919#########", "8190########",
        "8210########", "614%########", "2782%######", "234803%######", "4670%######", "4179%######",
        "905%#%######", "659%######", "35387%######", "97150%######",
    ];

    /// <summary>Card networks: issuer prefixes, length and how the number is printed.</summary>
    public static IReadOnlyList<CardBrand> CardBrands { get; } =
    [
        new("visa", ["4"], 16, [4, 4, 4, 4]),
        new("mastercard", ["51", "53", "55", "2221", "2500", "2720"], 16, [4, 4, 4, 4]),
        new("amex", ["34", "37"], 15, [4, 6, 5]),
        new("discover", ["6011", "644", "65"], 16, [4, 4, 4, 4]),
        new("jcb", ["3528", "3566", "3589"], 16, [4, 4, 4, 4]),
        new("diners", ["36"], 14, [4, 6, 4]),
        new("unionpay", ["62"], 19, [4, 4, 4, 4, 3]),
        new("mir", ["2200", "2202", "2204"], 16, [4, 4, 4, 4]),
        new("elo", ["636368", "504175"], 16, [4, 4, 4, 4]),
        new("rupay", ["6074", "6521"], 16, [4, 4, 4, 4]),
        new("troy", ["9792"], 16, [4, 4, 4, 4]),
    ];

    /// <summary>IBAN layouts of countries across SEPA and beyond (BBAN as a shape: # digit, $ A–Z0–9, &amp; A–Z).</summary>
    public static IReadOnlyList<IbanFormat> Ibans { get; } =
    [
        new("NO", "###########"),
        new("BE", "############"),
        new("DK", "##############"),
        new("FI", "##############"),
        new("AT", "################"),
        new("CH", "#####$$$$$$$$$$$$"),
        new("PL", "########################"),
        new("SE", "####################"),
        new("IE", "&&&&##############"),
        new("PT", "#####################"),
        new("CZ", "####################"),
        new("HR", "#################"),
        new("LU", "###$$$$$$$$$$$$$"),
        new("AE", "###################"),
        new("SA", "##$$$$$$$$$$$$$$$$$$"),
        new("TR", "#####0$$$$$$$$$$$$$$$$"),
        new("IL", "###################"),
        new("RO", "&&&&$$$$$$$$$$$$$$$$"),
        new("GR", "#######$$$$$$$$$$$$$$$$"),
        new("EE", "################"),
    ];

    /// <summary>BIC/SWIFT codes: a bank, not an account.</summary>
    public static IReadOnlyList<string> Bics { get; } = ["NDEANOKK", "GEBABEBB", "DABADKKK", "OKOYFIHH", "RZBAATWW", "UBSWCHZH80A", "PKOPPLPW", "ESSESESS", "AIBKIE2D", "BCOMPTPL"];
}
