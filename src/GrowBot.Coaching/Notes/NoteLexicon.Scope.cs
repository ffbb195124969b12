namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteLexicon
{
    private void AddNegation()
    {
        Add(TermKind.Negator,
            "不|没|没有|无|未|不是|并不|并没有|并没|并非|从不|从没|从来没有|从未|不用|不必|毫无|谈不上|算不上|不再|尚未|还没|还没有|暂无|没什么");
        Add(TermKind.Negator,
            "not|no|never|none|nobody|no one|nothing|neither|nor|without|hardly|no longer|don't|doesn't|didn't|isn't|wasn't|aren't|"
            + "less|不那么|没那么|weren't|won't|wouldn't|can't|cannot|couldn't|hasn't|haven't|hadn't|shouldn't|dont|doesnt|didnt|isnt|wasnt|wont|cant|"
            + "hasnt|havent");

        // Words that contain a negation character or word without negating anything.
        Neutral("不少|不断|不同|不久|不仅|不管|不得不|不停|差不多|了不起|对不起|不一定|无法|无论|未来|未必|没想到|不然|要不|不如|"
            + "不但|不光|不妨|忍不住|离不开|舍不得|不禁|不免|有没有|够不够|是不是|要不要|会不会|好不好|想不想|行不行|对不对|该不该|"
            + "知不知道|不知道|不清楚|不确定|not only|not just|no doubt|no matter|nothing but|not least|no exception");

        // Short words that appear inside longer, unrelated words.
        Neutral("领导力|leadership|重要|重新|重点|重复|大家|大概|大约|大部分|大多|大体|大致|扩大|大客户|多少|多数|生活|灵活|活动|特别|别的|分别|区别|级别|as well");

        Add(TermKind.PostNegator,
            "不大|不太大|不算大|不算多|不多|不太多|不重|不算重|还好|还行|还可以|可以接受|能接受|正常|可控|适中|不高|不着急|不急|没问题|"
            + "清零|基本清零|归零|刚好|刚刚好|正好|降下来了|减少了|下降了|are down|went down|gone down|has gone down|have gone down|is lower|are lower|lower now|have dropped|has dropped|have fallen|has fallen|have decreased|has decreased|"
            + "不是问题|减轻了|少了|好多了|没那么大|不严重|不明显|manageable|under control|fine|okay|ok|acceptable|not an issue|"
            + "not a problem|no problem|reasonable|normal|has eased|eased|lighter|better now");
    }

    private void AddScopeMarkers()
    {
        Add(TermKind.Condition, "如果|假如|要是|万一|假设|假若|倘若|若是|的话|否则|if|unless|in case|suppose|supposing|assuming|otherwise|what if");
        Neutral("even if|as if|see if|check if|checking if|not sure if|即使|就算");
        Add(TermKind.Modal, "would|might|'d|would be|可能会|也许会|或许会|说不定会");
        Add(TermKind.Vague,
            "would consider|might consider|may consider|could consider|would be open to|might be open to|could see himself|could see herself|"
            + "以后可以考虑|将来可以考虑|以后再说|到时候再说|以后再看|不急于|可能需要|也许需要|或许需要|might need|may need|might eventually need|may eventually need");

        Add(TermKind.OtherPerson,
            "同事|其他同事|别的同事|有个同事|一个同事|另一个同事|其他人|别人|有人|队友|朋友|下属|组员|主管|经理|领导|老板|上级|其他组|"
            + "隔壁组|对方|同组|同组的|组里的人|组内同事|同部门|老婆|妻子|丈夫|老公|爱人|家人|孩子|父母|父亲|母亲|wife|husband|spouse|partner|kids|children|parents|mother|father|"
            + "colleague|colleagues|teammate|teammates|coworker|coworkers|co-worker|co-workers|peer|peers|someone|somebody|"
            + "others|other people|friend|friends|manager|boss|supervisor|team member|team members|direct report|direct reports|"
            + "managers|bosses|supervisors|leads|team leads|engineers|reps|agents|staff|employees|people|two people|several people|"
            + "a few people|half the team|nurses|drivers|operators|associates|analysts|new hires|old hands|veterans|"
            + "几个人|好几个人|两个人|三个人|几个同事|好几个同事|老同事|员工|新员工|店员|护士|司机|操作工|销售们|同事们|"
            + "室友|邻居|姐姐|妹妹|哥哥|弟弟|亲戚|roommate|roommates|flatmate|flatmates|neighbour|neighbor|sister|brother|relatives");
        Add(TermKind.OtherPerson, "妈妈|爸爸|儿子|女儿|宝宝|岳父|岳母|公公|婆婆|实习生|新来的|合作方|供应商|对接人|"
            + "dad|mom|mum|son|daughter|baby|grandmother|grandfather|in-laws|intern|interns|vendor|vendors|"
            + "stakeholder|stakeholders|店长|总监|老大|总经理|ceo|vp|cto|director|skip-level|tl|pm|骨干|手下|老员工|新同事|新人|对方");
        Add(TermKind.Group,
            "团队|整个团队|全组|组里|大家|整个部门|公司|客户那边|客户方|甲方那边|customer's|client's|customers'|clients'|the customer|the client|客户|team|the team|whole team|the whole team|everyone|everybody|the department|"
            + "the company|the org|the group");
        Add(TermKind.Self, "他|她|he|she|he's|she's|他自己|她自己|自己|本人|他本人|她本人|himself|herself|personally|for his part|for her part");
        Add(TermKind.Preposition, "和|跟|与|同|对|给|向|帮|替|被|with|to|for|from|by|about|against|at");

        Add(TermKind.Past,
            "之前|以前|过去|原来|曾经|上次|上回|last time|上季度|上个季度|上个月|去年|前段时间|前阵子|那时|当时|刚来的时候|previously|before|earlier|"
            + "本来|原本|起初|一开始|本以为|原以为|经历过|经历了一段|went through|had a rough|rough patch|had a bad patch|in the past|last quarter|last year|last month|previous quarter|previous year|previous month|prior|at first|back then|initially|formerly");
        Add(TermKind.FormerHabit, "used to|use to");
        Add(TermKind.Past, "had considered|had thought about|had thought of|had been considering|had been thinking|had been looking|had been interviewing");
        Add(TermKind.Concession, "虽然|尽管|虽说|although|even though|though|despite|in spite of");
        Add(TermKind.Present, "现在|如今|目前|这段时间|后来|最后|结果|now|these days|nowadays|since then|in the end|eventually|it turned out");
        Add(TermKind.Resolved,
            "已经解决|已解决|走出来了|走出来|修复了|已修复|修好了|稳定多了|平稳多了|轻松多了|想通了|看开了|释怀|放下了|moved past|got past|over it|bounced back|turned a corner|turned around|back on track|解决了|得到解决|说开了|好多了|好转|有所好转|缓解了|有所缓解|改善了|有所改善|过去了|翻篇|恢复正常|恢复了|没事了|"
            + "不是问题了|好了很多|好了不少|好很多|改善很多|现在已经没|现在没什么|现在没有|现在不再|现在也不|已经没什么|优化了|改进了|理顺了|now fine|fine now|ok now|all good now|降下来|降下来了|减少了|少多了|不考虑了|不再考虑|打消了|没这个想法了|came down|has come down|went down|"
            + "decided to stay|changed his mind|changed her mind|no longer considering|stopped since|went away|"
            + "behind her|behind him|behind them|that is over|that's over|is over now|recommitted|re-committed|完全没有这个想法|没有这个想法了|不再有这个想法|"
            + "gone away|消失了|停了|缓和|缓和了|和好了|和解|好起来了|变好了|有改善|recovered|has recovered|patched up|made up|reconciled|resolved|sorted out|sorted|fixed|has improved|have improved|improved|much better|better now|is over|are over|"
            + "behind him|behind her|behind them|cleared up|worked out|back to normal|settled|back to her old self|back to his old self|back to herself|back to himself|"
            + "缓过来了|缓过来|恢复过来了|恢复过来");
        Neutral("没解决|还没解决|没有解决|未解决|尚未解决|没好转|没有好转|没改善|没有改善|not resolved|unresolved|not yet resolved|"
            + "hasn't been resolved|has not been resolved|not sorted|not fixed|not improved|hasn't improved|has not improved|not better|"
            + "not over|isn't over");

        Add(TermKind.Question, "有没有|是否|是不是|会不会|想不想|要不要|问他|问她|问到|asked whether|asked if|asked about|asked him|asked her|did he|does he|is he|did she|does she|is she");
        Add(TermKind.Denial,
            "他说没有|她说没有|说没有|说没|答没有|回答没有|说不会|说不是|说不想|他说不|她说不|说暂时不用|说不用|说不需要|说暂时不|否认|摇头|said no|says no|answered no|answer: no|answer was no|replied no|denied|denies|"
            + "laughed it off|shook his head|shook her head|拒绝了|直接拒绝|都拒绝了|婉拒|没理|没有理|都没理|没回|没搭理|turned it down|turned them down|declined|ignored them|ignores them|didn't bite|not interested");
        Add(TermKind.Negator, "他说没有|她说没有|说没有|说没|答没有|回答没有|说不会|说不是|说不想|他说不|她说不|说暂时不用|说不用|说不需要|说暂时不|said no|says no|answered no|answer: no|answer was no|replied no");
        Add(TermKind.Barrier, "就|就会|便|才会|所以|因此|于是|结果|and|then|and then|which");
        Neutral("他们|她们|其他|他人|吉他|说不定|说不清|说不上|说不出|说不好|就业|成就|造就|迁就|将就|就是说|早就|本来就|and so on");

        Add(TermKind.Contrast, "但是|但|可是|不过|然而|只是|就是|却|but|however|although|though|whereas");
    }
}
