using System.Text.RegularExpressions;

namespace GrowBot.Coaching.Notes;

/// <summary>
/// Finds common prompt-injection phrases in notes, in English and Chinese, such as "ignore previous instructions"
/// or 忽略之前的指令. Notes are always sent as data; a hit only puts a warning on the card.
/// </summary>
public static partial class PromptInjectionDetector
{
    /// <summary>Returns whether the text contains a known prompt-injection phrase.</summary>
    public static bool Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EnglishPattern().IsMatch(text) || ChinesePattern().IsMatch(text);
    }

    [GeneratedRegex(
        @"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|above|earlier|preceding|system)\s+(?:instructions?|prompts?|rules?|messages?)\b"
        + @"|\b(?:you\s+are\s+now\s+(?:an?\s+)?(?:ai|assistant|model|chatbot|gpt)|new\s+instructions?\s*:|system\s+prompt|developer\s+mode|jailbreak)\b"
        + @"|\b(?:return|output|respond\s+with)\s+(?:only\s+)?(?:an?\s+)?(?:empty|positive)\s+(?:result|analysis|sentiment|json)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPattern();

    [GeneratedRegex(
        @"(?:忽略|无视|忽视|不要理会|忘记|跳过)(?:掉)?(?:之前|以上|上面|上述|前面|先前|所有|全部|系统)(?:的)?(?:所有)?(?:指令|指示|提示|规则|要求|设定)"
        + @"|你现在(?:是|扮演)(?:一个|一名)?(?:AI|人工智能|助手|模型)|系统提示词?|新的?指令[:：]|越狱模式|开发者模式",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePattern();
}
