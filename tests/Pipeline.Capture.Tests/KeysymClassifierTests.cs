using Pipeline.Capture.Sources.X11;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

public class KeysymClassifierTests
{
    [Theory]
    [InlineData(0x61u, KeyClass.Letter)]      // a
    [InlineData(0x5au, KeyClass.Letter)]      // Z
    [InlineData(0xe9u, KeyClass.Letter)]      // eacute
    [InlineData(0x6c1u, KeyClass.Letter)]     // Cyrillic_a
    [InlineData(0x1000436u, KeyClass.Letter)] // U+0436 via Unicode keysym
    [InlineData(0x35u, KeyClass.Digit)]       // 5
    [InlineData(0xffb7u, KeyClass.Digit)]     // KP_7
    [InlineData(0x20u, KeyClass.Space)]
    [InlineData(0x2eu, KeyClass.Punctuation)] // period
    [InlineData(0xffabu, KeyClass.Punctuation)] // KP_Add
    [InlineData(0xffe1u, KeyClass.Modifier)]  // Shift_L
    [InlineData(0xffe3u, KeyClass.Modifier)]  // Control_L
    [InlineData(0xfe03u, KeyClass.Modifier)]  // ISO_Level3_Shift
    [InlineData(0xff51u, KeyClass.Navigation)] // Left
    [InlineData(0xff09u, KeyClass.Navigation)] // Tab
    [InlineData(0xff08u, KeyClass.Editing)]   // BackSpace
    [InlineData(0xff0du, KeyClass.Editing)]   // Return
    [InlineData(0xffffu, KeyClass.Editing)]   // Delete
    [InlineData(0xffbeu, KeyClass.Function)]  // F1
    [InlineData(0xffc9u, KeyClass.Function)]  // F12
    [InlineData(0xff1bu, KeyClass.Other)]     // Escape
    [InlineData(0u, KeyClass.Other)]          // NoSymbol
    public void Classify_Keysym_Class(uint keysym, KeyClass expected) =>
        Assert.Equal(expected, KeysymClassifier.Classify(keysym));
}
