namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteLexicon
{
    private void AddCues()
    {
        Add(TermKind.Composure,
            "交接|交接好|交接完|last day|handover|hand over|handing over|决定|还没决定|没决定|再决定|考虑|在考虑|认真考虑|观望|在观望|权衡|"
            + "tempted|considering|deciding|still deciding|no rush|in no rush|not in a hurry|不着急|不急|weighing|undecided|hasn't decided|has not decided|not decided|thinking it over|mulling");
        Cue(-1.5, "崩溃|绝望|身心俱疲|心力交瘁|扛不住|受不了|burned out|burnt out|hopeless|miserable");
        Cue(-1,
            "焦虑|担心|害怕|紧张|沮丧|失望|生气|愤怒|委屈|烦|烦躁|郁闷|难过|低落|无奈|疲惫|不满|不开心|心累|痛苦|压抑|不安|迷茫|孤独|厌倦|"
            + "没被重视|不被重视|没被看到|不被认可|没被认可|被忽视|不公平|瓶颈|很差|学不到|紧张|anxious|anxiety|worried|frustrated|frustrating|"
            + "frustration|upset|angry|annoyed|irritated|exhausted|overwhelmed|stressed|sad|disappointed|demotivated|unhappy|nervous|scared|"
            + "afraid|fed up|discouraged|hurt|lonely|bored|undervalued|unappreciated|ignored|overlooked|resentful|bitter|bottleneck|worse|cried|crying|in tears|哭|哭了");
        Cue(-1, "drowning|drowning in|被边缘化|边缘化|没有存在感|sidelined|feels invisible|not valued|doesn't feel valued|丧|很丧|心寒|寒心|憋屈|窝火|不爽|受够了|fuming|venting|resentment|demoralised|demoralized|jaded");
        Cue(-0.5, "住院|生病|病了|病倒|hospital|hospitalised|hospitalized|ill|illness|绷着|吐槽|气话");
        Cue(0.5,
            "还能扛|扛得住|撑得住|顶得住|能应付|hanging in there|holding up|刚好|刚刚好|节奏刚好|主动|积极主动|proactive|took the initiative|"
            + "steady|踏实|安心|基本达成|达成|达标|on target|hit his targets|hit her targets|met his goals|met her goals");
        Cue(1, "calm|relaxed|at ease|in a good place|轻松|很顺|挺顺|聊得很顺|氛围好|氛围很好|氛围不错|气氛很好|气氛不错|feels supported|feels shielded|"
            + "状态很好|状态不错|状态好|动力十足|干劲足|有冲劲|in good spirits|energised|thriving|满意|开心|顺利");
        Cue(-0.5,
            "犹豫|纠结|头疼|困难|太慢|抱怨|激动|不好|不太好|差|负面|tired|concerned|hesitant|unsure|issues|issue|problem|problems|difficult|"
            + "struggling|bad|poor|slow|confused|concern|concerns|顾虑");

        Cue(1.5, "有成就感|成就感|很有成就感|couldn't be happier|thrilled|love the work|loves the work");
        Cue(1,
            "开心|高兴|满意|满足|兴奋|期待|默契|融洽|相处融洽|gets on well|get on well|get along well|gets along well|settled in well|干劲十足|充满干劲|找到了方向|好多了|好转|much better|有信心|信心|自信|积极|顺畅|顺利|不错|很好|挺好|给力|感激|感谢|乐观|有干劲|喜欢|热情|热爱|愉快|"
            + "充实|放心|享受|进步|表现不错|表现很好|happy|glad|excited|exciting|satisfied|confident|motivated|enthusiastic|proud|"
            + "grateful|optimistic|energized|energised|engaged|committed|enjoys|enjoy|enjoying|enjoyed|positive|good|great|keen|eager|"
            + "thriving|comfortable|pleased|morale is high|high morale|士气高|士气很高|energetic|upbeat|cheerful|love|loves|smooth|smoothly|doing well|good conversation|can't wait");
        Cue(0.5,
            "稳定|认可|成长|愿意|想试试|试试|可以接受|正常|还可以|还好|没问题|没有问题|没什么问题|一切正常|一切顺利|准时下班|争取|上进|"
            + "no concerns|no issues|no problems|nothing to worry about|ambitious|aspires|fine|on track|progress|finished|"
            + "completed|completing|achieved|improved|better|content|not bad|coping");
    }
}
