namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteLexicon
{
    private void AddStressAndWorkload()
    {
        Signal(NoteSignalCodes.Stress,
            "压力|压力大|压力很大|压力山大|压力太大|压力比较大|有压力|焦虑|很紧张|非常紧张|特别紧张|有点紧张|紧张不安|精神紧张|睡不好|睡不着|失眠|扛不住|撑不住|顶不住|熬不住|"
            + "吃不消|受不了|身心俱疲|心力交瘁|精疲力尽|筋疲力尽|疲惫|疲惫不堪|很累|好累|太累|挺累|有点累|比较累|特别累|非常累|累坏|累垮|心累|"
            + "累死|崩溃|喘不过气|透不过气|撑不下去|坚持不下去|快撑不住|担心|担忧|忧虑|心慌|职业倦怠|焦头烂额|烦躁|神经紧绷|压抑|难以承受|承受不了|头大");
        Signal(NoteSignalCodes.Stress,
            "stress|stressed|stressful|stressing|under pressure|pressure|pressured|anxious|anxiety|overwhelmed|overwhelming|"
            + "burned out|burnt out|burn out|burning out|burnout|burn-out|exhausted|exhaustion|worn out|drained|tired|fatigue|fatigued|"
            + "worried|worry|worries|worrying|nervous|on edge|can't cope|cannot cope|can not cope|unable to cope|struggling to cope|"
            + "can't sleep|cannot sleep|not sleeping|trouble sleeping|sleepless|insomnia|losing sleep|lost sleep|panic|panicking|"
            + "breaking point|breakdown|at his limit|at her limit|running on empty|frazzled");
        Neutral("预算紧张|预算很紧张|资金紧张|资金很紧张|资源紧张|资源很紧张|供应紧张");
        Signal(NoteSignalCodes.Workload, "工期紧张|排期紧张|进度紧张|档期紧张|工期很紧张|排期很紧张|进度很紧张");
        Neutral("压力测试|抗压|抗压能力|减压|stress test|stress testing|pressure test|no worries|not to worry|stress management|managing stress|"
            + "stress-management|压力管理|减压课程|减压课");
        Signal(NoteSignalCodes.Learning, "stress management training|stress management course|stress management workshop|压力管理课程|压力管理培训");

        Signal(NoteSignalCodes.Workload,
            "加班|加班加点|连轴转|忙不过来|做不完|干不完|来不及|超负荷|满负荷|排得很满|排满了|任务太多|任务很多|任务繁重|任务重|工作繁重|"
            + "事情太多|活太多|活很多|项目太多|身兼数职|一人顶两人|顶两个人|没有周末|没周末|周末都在|周末也在|996|通宵|熬夜|人手不够|人手不足|"
            + "人手紧张|缺人|人力不足|人力紧张|忙到半夜|忙到凌晨|到半夜|到凌晨|两个人的活|两个人的工作|两份工作|一个人干|一个人顶|"
            + "没补上|没有补上|没人补|没补人|处理不过来|做不过来|干不过来|顾不过来|应付不过来|管不过来|救火|被叫回|周末加班|周末还要|"
            + "周末还在|随时待命|值班|轮班|被叫起来|半夜被叫|项目多|项目很多|任务多|连续出差|经常出差|出差太多|一直出差|太忙|很忙|特别忙|非常忙|忙疯了|应接不暇|分身乏术|时间紧张|时间很紧张|时间紧|时间很紧|工期紧|工期很紧");
        Signal(NoteSignalCodes.Workload,
            "overtime|working late|work late|worked late|works late|stay late|staying late|stayed late|late nights|long hours|"
            + "working weekends|work weekends|worked weekends|works weekends|weekend work|every weekend|too many projects|too much work|"
            + "too much on|too many tasks|too many things|heavy workload|overloaded|overload|work overload|understaffed|under-staffed|"
            + "short-staffed|short staffed|short-handed|shorthanded|short handed|covering two roles|covering both roles|two roles|both roles|"
            + "double duty|two jobs|can't keep up|cannot keep up|can not keep up|unable to keep up|struggling to keep up|swamped|snowed under|"
            + "buried in|drowning in|piling up|backlog|crunch|flat out|hour weeks|hour days|firefighting|fire-fighting|on call|on-call|oncall|ot|no time|no bandwidth|at capacity|over capacity|stretched|back-to-back|non-stop|nonstop");
        SignalWhenNegated(NoteSignalCodes.Workload, "backfill|backfilled|replaced");

        // Short of people is also a request for resources.
        Signal(NoteSignalCodes.SupportNeeded, "人手不够|人手不足|人手紧张|缺人|人力不足|人力紧张|understaffed|under-staffed|short-staffed|short staffed");
    }

    private void AddCareerSignals()
    {
        Signal(NoteSignalCodes.Promotion,
            "晋升|升职|升迁|提拔|提干|升级为|升到|升为|升任|升组长|升主管|升经理|当领导|当经理|当主管|当组长|做组长|做主管|做管理|走管理|"
            + "转管理|管理岗|管理岗位|管理职|带团队|带一个团队|带一个小组|带小组|带个小组|带人|带队|更大的项目|更大的平台|更大的舞台|"
            + "更多的责任|更大的责任|更多责任|更重要的角色|更大的角色|独当一面|职级|转岗|换岗|调岗|内部岗位|内部转岗|内部机会|发展空间|"
            + "晋升空间|晋升通道|职业发展|转做|转去做|改做|内部竞聘|内部招聘|职称|评职称|评级|竞聘|管理方向|往管理|管理路线|副经理|换部门|换个部门|调部门|转部门|换团队|换个团队");

        // Not being promoted shows the wish for it. These terms contain their negator, so it negates nothing.
        Signal(NoteSignalCodes.Promotion,
            "不能升职|没能升职|没能晋升|晋升无望|升不上去|没升上去|没被提拔|没有被提拔|没有晋升机会|"
            + "没有晋升空间|没有上升空间|看不到晋升|没被提拔过|一直没升|评不上|没评上|升不了|评不上晋升|passed over|never promoted|never been promoted|never got promoted|not promoted|wasn't promoted|was not promoted|didn't get promoted|"
            + "did not get promoted|didn't get the promotion|did not get the promotion|no promotion|no path to promotion|no career path|no growth path");
        Signal(NoteSignalCodes.Promotion,
            "promotion|promotions|get promoted|be promoted|being promoted|move into management|management role|management track|people management|"
            + "people manager|manage a team|managing a team|manage people|lead a team|leading a team|team lead|team leader|tech lead|lead role|"
            + "leadership role|leadership position|senior role|senior position|bigger role|larger role|bigger scope|broader scope|"
            + "more responsibility|more responsibilities|take on more|step up|step into|next level|career progression|career growth|"
            + "career path|manager title|manager role|become a manager|internal transfer|internal move|internal role|internal position|"
            + "transfer to|move to another team|leading the new|leading a new|internal opening|internal posting|internal job|internal vacancy|to lead|take the lead|take ownership|path to senior|become a senior|become senior|promoted to|senior title|next grade|"
            + "career ladder|grow into|change teams|switch teams|another department|different role");

        Signal(NoteSignalCodes.Learning,
            "学习|想学|学一下|学一学|学点|学到|学不到|多学|学会|学新|培训|课程|上课|网课|公开课|进修|考证|证书|认证|资格证|提升能力|"
            + "能力提升|提升技能|技能提升|提升自己|自我提升|技能|自学|充电|视野|开阔眼界|深造|读研|读书|mba|新东西|新技术|新知识|学知识|"
            + "训练营|工作坊|讲座|分享会|轮岗|课|培训班|考一个|考个|cfa|cpa|pmp|acca|frm|峰会|行业会议|研讨会|多了解|想了解|英语|口语|外语|想提升自己");
        Signal(NoteSignalCodes.Learning,
            "learn|learning|learned|learnt|learner|training|trainings|trained|course|courses|class|classes|workshop|workshops|"
            + "certificate|certificates|certification|certifications|certified|cert|upskill*|reskill*|study|studying|studies|degree|"
            + "conference|conferences|bootcamp|skills|skill|new knowledge|coaching|leadership coach|summit|meetup|mentorship|development program|leadership program|"
            + "training program|learning path|self-study|self-taught|tutorial|tutorials|webinar|seminar|online course");
        // Leaving a review or a comment is not leaving the company.
        Neutral("leaving reviews|leave reviews|left reviews|leaving a review|leave a review|left a review|leaving feedback|leave feedback|left feedback|"
            + "leaving comments|leave comments|left comments|leaving a comment|leave a comment|left a comment|leaving a message|left a message|leave a message");
        Signal(NoteSignalCodes.CustomerComplaint,
            "leaving one-star reviews|left one-star reviews|leave one-star reviews|leaving bad reviews|left bad reviews|leave bad reviews|"
            + "leaving negative reviews|left negative reviews|leaving one-star ratings|left one-star ratings|leaving negative feedback|left negative feedback|"
            + "leaving angry comments|left angry comments|leaving complaints|left complaints");
        // Leave in the sense of time off is not leaving the company.
        Neutral("study leave|annual leave|sick leave|parental leave|maternity leave|paternity leave|medical leave|unpaid leave|"
            + "leave policy|leave days|days of leave|day of leave|on leave|take leave|taking leave|took leave|compassionate leave|请假|休假|年假|病假|产假|陪产假");
        Neutral("刚升职|刚晋升|刚被提拔|已经升职|已晋升|去年升职|去年晋升|newly promoted|recently promoted|was promoted|got promoted|"
            + "just promoted|was just promoted|课题|课长|功课|world-class|first-class|business class|middle class|to some degree|to a degree|degree of");

        Signal(NoteSignalCodes.AttritionRisk,
            "离职|辞职|跳槽|走人|想走|要走|不想干了|不干了|干不下去|待不下去|呆不下去|做不下去|看机会|看看机会|在看机会|看其他机会|"
            + "看外面的机会|外面的机会|外部机会|其他机会|找工作|找下家|下家|猎头|简历|offer|离开公司|离开团队|离开这里|离开|另谋高就|"
            + "另谋出路|去留|裸辞|辞呈|提离职|跑路|观望|在观望|只能走|只好走|只能离开|换个行业|换行业|转行|换赛道|会走|就走|可能会走|打算走|准备走|考虑走|想离开|去面试|在面试|换工作|换个工作|换个环境|换一家公司|去外面看看|出去看看|外面看看|去别的公司|别的公司");
        Signal(NoteSignalCodes.AttritionRisk,
            "leave|leaving|quit|quits|quitting|resign|resigned|resigning|resignation|move on|moving on|looking around|look around|"
            + "looking for a new job|looking for another job|new job|another job|job hunting|job-hunting|job search|job searching|"
            + "interviewing elsewhere|interviewing with|interviews elsewhere|interview elsewhere|interviewing at|applying to other companies|"
            + "applying elsewhere|applying for other jobs|applying for jobs|recruiter|recruiters|headhunter*|head hunter|offers|"
            + "counter-offer|counteroffer|linkedin|cv|notice period|hand in his notice|hand in her notice|two weeks notice|walk away|"
            + "jump ship|flight risk|poached|weighing his options|weighing her options|weighing options|keeping options open|open to opportunities|look elsewhere|looking elsewhere|go elsewhere|move elsewhere|work elsewhere|change careers|career change|leave the industry|outside opportunities|external opportunities|other opportunities|opportunities elsewhere");
        SignalWhenNegated(NoteSignalCodes.AttritionRisk,
            "留下|留下来|待下去|干下去|做下去|留在公司|长期待|stay|staying|stick around|remain|stay on|stay with");
        Neutral("sick leave|annual leave|parental leave|maternity leave|paternity leave|medical leave|on leave|took leave|take leave|"
            + "taking leave|takes leave|leave of absence|leave early|leaving early|leave on time|leaves on time|leaving on time|leave work|"
            + "leaving work|leave the office|leaving the office|leave it|leave that|leaving aside|offer to|offered to|offer him|offer her|"
            + "offer them|offer training|offer support|offer help|offers training|can offer|could offer|to offer|resignations|stay late|"
            + "staying late|stay focused|stay tuned|stay healthy|leave feedback|leave a comment|leave comments|leave room|leave a note|请假|休假");
    }

    private void AddRelationshipAndMoodSignals()
    {
        Signal(NoteSignalCodes.Conflict,
            "矛盾|冲突|分歧|争执|争吵|吵架|吵过|吵了|吵起来|吵了起来|闹矛盾|闹得不愉快|闹得很不愉快|闹僵|闹翻|不愉快|关系紧张|关系不好|"
            + "关系很紧张|关系比较紧张|关系有点紧张|关系非常紧张|气氛紧张|气氛很紧张|氛围紧张|"
            + "关系很差|合不来|不和|不对付|被针对|排挤|甩锅|摩擦|较劲|意见不合|顶撞|对着干|有隔阂|隔阂|互相指责|指责|冷战|翻脸|积怨|"
            + "穿小鞋|打压|被孤立|难相处|不好相处|霸凌|欺负|不合作|不愿合作|不肯合作|意见不一致|意见不同|意见相左|沟通困难|难沟通|很难沟通|"
            + "针对他|针对她|总是针对|否掉|被否|被否定|被驳回");
        Signal(NoteSignalCodes.Conflict,
            "conflict|conflicts|tension|tensions|friction|clash|clashed|clashes|clashing|disagreement|disagreements|disagree|disagreed|"
            + "disagrees|argument|arguments|argued|arguing|argue|fight|fights|fighting|fought|falling out|fell out|butting heads|butt heads|"
            + "at odds|difficult relationship|strained relationship|bad relationship|poor relationship|micromanag*|blames|blamed|blaming|"
            + "undermin*|hostile|toxic|bully|bullying|bullied|feud|power struggle|personality clash|uncooperative|under the bus|resentment|"
            + "resents|grudge|overruled|shot down");
        SignalWhenNegated(NoteSignalCodes.Conflict,
            "配合|尊重|合得来|处得来|cooperate|cooperating|cooperative|get along|getting along|gets along|see eye to eye|"
            + "on the same page|supportive");
        Neutral("冲突管理|冲突处理|时间冲突|日程冲突|conflict of interest|scheduling conflict|calendar conflict|conflict management|"
            + "conflict resolution|conflicting");

        Signal(NoteSignalCodes.LowMood,
            "情绪低落|低落|没动力|没有动力|缺乏动力|动力不足|提不起劲|提不起兴趣|提不起精神|打不起精神|没精神|没劲|心情不好|心情很差|"
            + "心情差|心情低落|郁闷|沮丧|消沉|失落|灰心|无精打采|不开心|不高兴|难过|伤心|情绪不高|情绪不好|情绪很差|没兴趣|没有兴趣|"
            + "失去兴趣|兴趣不大|迷茫|看不到希望|没意思|无聊|躺平|摆烂|没有成就感|缺乏成就感|没成就感|心灰意冷|抑郁|意志消沉|闷闷不乐|"
            + "状态不好|状态很差|状态低迷|低迷|孤独|孤单|看不到前途|没前途|没有前途|看不到未来|不想发言|不太想发言|不愿意发言|不想说话|话变少|停滞不前|原地踏步|没有意义|没意义|无意义|消极|厌倦|腻了|没干劲|没有干劲|混日子|打不起劲|心不在焉");
        Signal(NoteSignalCodes.LowMood,
            "demotivated|unmotivated|lost motivation|lost his motivation|lost her motivation|losing motivation|no motivation|"
            + "lack of motivation|lacks motivation|lacking motivation|low motivation|feeling down|feels down|feel down|felt down|"
            + "down lately|depressed|depression|sad|sadness|unhappy|low mood|low morale|low energy|disengaged|disengagement|checked out|"
            + "lost interest|losing interest|no longer interested|discouraged|dejected|gloomy|listless|flat|hopeless|bored|boring|"
            + "uninspired|apathetic|deflated|low spirits|low-energy|no future|dead end|dead-end|withdrawn|stopped contributing|stopped speaking up|feels stuck|feel stuck|"
            + "feeling stuck|lonely|isolated|pointless|meaningless|cynical|tired of|sick of|fed up with|not himself|not herself|going through the motions|joyless|miserable");
        Neutral("flat structure|flat hierarchy|flat organization|flat rate|flat fee");
    }

    private void AddSupportAndCustomerSignals()
    {
        Signal(NoteSignalCodes.SupportNeeded,
            "需要支持|需要帮助|需要帮忙|需要协助|需要资源|需要更多资源|求助|寻求帮助|请教|帮忙协调|协调资源|支援|不知道怎么|不知道该怎么|"
            + "不知道如何|不知道该如何|不知道从何|不知从何|无从下手|没有头绪|没头绪|摸不着头脑|一筹莫展|不会处理|搞不定|带一带|有人带|"
            + "带带他|带带她|手把手|缺预算|预算不够|预算不足|资源不够|资源不足|缺资源|缺乏资源|缺乏支持|没有支持|孤立无援|申请预算|"
            + "申请资源|申请经费");
        Signal(NoteSignalCodes.SupportNeeded,
            "need help|needs help|needed help|need support|needs support|need more support|needs more support|asked for help|"
            + "asking for help|asks for help|asked for support|ask for help|asked for|asks for|asking for|requested|request for|"
            + "requests for|the only ask|doesn't know how to|does not know how to|didn't know how to|did not know how to|not sure how to|"
            + "unsure how to|no idea how to|at a loss|could use help|could use some help|could use support|would appreciate help|"
            + "would appreciate support|more resources|extra resources|additional resources|lack of resources|lack of support|no support|"
            + "not enough support|not enough resources|under-resourced|underresourced|lack of budget|no budget|needs guidance|need guidance|"
            + "wants guidance|needs a mentor|wants a mentor|need a mentor|lacks support|lacking support|out of his depth|out of her depth|"
            + "struggling with|doesn't know where to start|does not know where to start");

        Signal(NoteSignalCodes.CustomerComplaint,
            "投诉|客诉|客户投诉|被投诉|差评|客户不满|客户不满意|客户抱怨|客户意见很大|客户意见大|客户流失|客户生气|客户发火|客户纠纷|纠纷|"
            + "售后问题|退单|索赔|客户吐槽");
        Signal(NoteSignalCodes.CustomerComplaint,
            "complaint|complaints|complain|complains|complained|complaining|customer escalation|customer escalations|bad review|"
            + "bad reviews|negative review|negative reviews|poor reviews|one-star|unhappy customer|unhappy customers|unhappy client|"
            + "unhappy clients|angry customer|angry customers|angry client|angry clients|dissatisfied customer|dissatisfied customers|"
            + "customer dissatisfaction|client dissatisfaction|refund requests");
    }
}
