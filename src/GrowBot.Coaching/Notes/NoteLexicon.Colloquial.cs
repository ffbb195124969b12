namespace GrowBot.Coaching.Notes;

/// <summary>
/// Colloquial wording of HR notes per signal: workplace slang in Chinese (心累, 内卷, 骑驴找马) and
/// in English (running on fumes, butting heads, checked out). The lists describe each signal in
/// everyday words and are not built from particular notes.
/// </summary>
internal sealed partial class NoteLexicon
{
    private const string Counterpart = "counterpart";
    private const string Friction = "friction";

    private void AddColloquialStates()
    {
        Signal(NoteSignalCodes.Stress,
            "压垮|被压垮|快被压垮|压得喘不过气|喘不上气|透支|身体透支|严重透支|累趴|累瘫|累趴下|绷着|一直绷着|紧绷|神经衰弱|内耗|精神内耗|"
            + "心理咨询|看心理医生|身体吃不消|身体出了问题|身体出问题|"
            + "掉头发|脱发|心态崩了|快崩了|扛不动|撑不动|熬不下去|顶不动|难受|哭了|哭过|在哭|掉眼泪|流泪|偷偷哭");
        Signal(NoteSignalCodes.Stress,
            "therapist|therapy|counselling|counseling|mental health|can't relax|cannot relax|wound up|"
            + "running on fumes|stretched too thin|overstretched|maxed out|frayed|at the end of his rope|at the end of her rope|"
            + "at his wits' end|at her wits' end|burning the candle|near breaking point|under strain|strain|"
            + "can't switch off|cannot switch off|crushed|barely coping|barely holding on|crying|cried|in tears|breaks down in tears|keeping his head above water|keeping her head above water");

        Signal(NoteSignalCodes.Workload,
            "没休过|没休息过|没有休息过|没歇过|没有双休|单休|大小周|007|加不完的班|天天加班|每天加班|连续加班|内卷|太卷|很卷|卷得厉害|"
            + "全压到|都压到|压到他身上|压到她身上|都压在|全压在|活都转到|都转到他|都转到她|接不过来|忙不完|抽不开身|排不开|赶工|赶进度|"
            + "一个人当两个人用|一人多岗|加到很晚|到很晚|活多|活儿多");
        Signal(NoteSignalCodes.Workload,
            "没时间吃饭|午饭都没时间|年假都没休|年假没休|假都没休|越来越多|活越来越多|任务越来越多|堆积|积压|堆了一堆|压了一堆|加码|临时任务|插单|"
            + "很晚才下班|下班很晚|回家很晚|天天很晚|每天都很晚|晚上还在开会|晚上还要|假期也在|休假也在|休假期间|半夜发消息|半夜回消息|"
            + "停不下来|一个接一个|一个接着一个|接连不断|没完没了|没停过|走了两个|走了几个|走了一个人|少了一个人|少了两个人|离职了两个|"
            + "两头跑|兼着|兼任|一个人负责|一个人扛|独自扛|忙得团团转|团团转|脚不沾地|马不停蹄|忙得不行|忙成");
        Signal(NoteSignalCodes.Workload,
            "lost two people|lost people|lost a person|lost headcount|down two people|down a person|down one person|two people down|"
            + "hectic|very busy|super busy|extremely busy|so busy|too busy|crazy busy|insanely busy|overcommitted|over-committed|overbooked|"
            + "packed calendar|calendar is packed|meetings all day|wall-to-wall|answering emails at night|during his vacation|during her vacation|"
            + "juggling|spinning plates|many hats|multiple hats|no breathing room|no downtime|skipping lunch|skipped lunch|after-hours|"
            + "after hours|weekend calls|late calls|scope creep|more and more|piled on|dumped on|through the weekend|weekends too|"
            + "slammed|underwater|buried|plate is full|full plate|too much on his plate|too much on her plate|all-nighter|all-nighters|"
            + "working nights|picking up the slack|picked up the slack|covering for|cover for|extra load|double the work|twice the work|"
            + "drowning|cut in half|spread thin|stretched too thin|overworked|overworking|working till|working until|too much to do|"
            + "zero time|no time for|zero bandwidth|no capacity");
        // Not having had a weekend or a break off says the work never stops.
        SignalWhenNegated(NoteSignalCodes.Workload,
            "proper weekend|weekend off|weekends off|a day off|day off|days off|proper break|real break|holiday|vacation|"
            + "完整的周末|一个完整的周末|休过假|休过年假|双休");

        Signal(NoteSignalCodes.Conflict,
            "拍桌子|拍过桌子|拍了桌子|红脸|闹掰|撕逼|互怼|怼|怼了|被怼|抬杠|看不惯|不对盘|气场不合|处不来|合作不愉快|不信任|不服|不服气|"
            + "撕破脸|不欢而散|当众否定|当面否定|公开否定|当众指责|当众批评|当着大家的面|理念不合|想法不合|观念不合|三观不合|pua|被pua|"
            + "闹得不欢|言语冲突|当众批评|公开批评|挑刺|找茬|使绊子|抢资源|越级|绕过他|绕过她|"
            + "不太对付|唱反调|背锅|推诿|扯皮|踢皮球|告状|磨合不顺|磨合得不顺|磨合困难|磨合不好|有过节|闹别扭|互相推|甩给他|甩给她");
        Signal(NoteSignalCodes.Conflict,
            "doesn't gel|don't gel|didn't gel|not gelling|isn't gelling|rubs him the wrong way|rubs her the wrong way|at loggerheads|"
            + "head-butting|sparring|spat|heated|shouting|yelled|yelling|passive-aggressive|finger-pointing|blame game|scapegoat|"
            + "scapegoated|thrown under the bus|threw him under|threw her under|distrust|mistrust|not getting along|"
            + "confrontation|confrontational|heated exchange|blow-up|blew up at|snapped at|shouted at|yelled at|publicly criticised|"
            + "publicly criticized|undercut|undercuts|sabotag*|stonewall*|cold shoulder|silent treatment|dispute|disputes|"
            + "not on speaking terms|stepping on toes|turf war|bad blood|rift|gaslight*|put down in front of|shot down in front of");

        Part(Counterpart, "主管|经理|领导|同事|老板|组长|上级|产品经理|leader|manager|lead|boss|colleague|colleagues|teammate|teammates|peer|peers|pm");
        Part(Friction,
            "不满|有意见|看不惯|不认可|不信任|吵|针对|刁难|为难|不尊重|不听|忽视|抢功|抢功劳|打压|偏心|disrespect*|dismissive|"
            + "issues with|problems with|issue with|problem with|trouble with|frustrated with|frustrated by|annoyed with|annoyed at|"
            + "angry at|angry with|upset with|complains about|complained about|complaining about|ignores|ignored|takes credit|took credit|taking credit|take credit|steals credit|favourit*|favorit*|criticiz*|criticis*|bypass*|goes over his head|"
            + "goes over her head|talks down|talked down|belittl*|condescending");
        Rule(Counterpart, Friction, maxGapTokens: 6, anyOrder: true, NoteSignalCodes.Conflict);
        SignalWhenNegated(NoteSignalCodes.Conflict, "trust|trusts|trust each other|信任|互相信任");
        Signal(NoteSignalCodes.Conflict, "plays favourites|plays favorites|playing favourites|playing favorites|favoritism|favouritism|偏心|抢功|抢功劳");

        Signal(NoteSignalCodes.LowMood,
            "很丧|好丧|有点丧|丧气|丧丧的|颓|颓废|看不到前景|没盼头|没奔头|看不到方向|没方向|心态崩|心态不好|佛系|摸鱼|划水|没激情|"
            + "没有激情|倦怠|麻木|心寒|寒心|憋屈|不想干了|干不下去|emo");
        Signal(NoteSignalCodes.LowMood,
            "quiet quitting|quiet-quitting|coasting|bare minimum|doesn't feel like himself|doesn't feel like herself|not feeling like himself|"
            + "not feeling like herself|out of sorts|lost his spark|lost her spark|lost the spark|no spark|numb|jaded|demoralised|demoralized|"
            + "dispirited|disillusioned|drifting|unfulfilled|down in the dumps|done with this place|done with this job|done with the job|"
            + "blur|meh");
        Signal(NoteSignalCodes.LowMood,
            "话少|话很少|不爱说话|沉默|沉默寡言|闷闷的|蔫|蔫了|打蔫|走神|"
            + "不想上班|不想来上班|无力感|挫败感|很挫败|空虚|被掏空|"
            + "没自信|不自信|自我怀疑|没信心|失去信心|怀疑自己|否定自己|觉得自己不行|哭了|哭过|在哭|掉眼泪|流泪|偷偷哭");
        Signal(NoteSignalCodes.LowMood,
            "a bit down|bit down|seems down|seemed down|looked down|looks down|been down|pretty down|quite down|very down|really down|so down|"
            + "quieter than usual|less talkative|subdued|tearful|teary|feeling low|feels low|been low|lost confidence|self-doubt|"
            + "dreads|dreading|dread coming in|sense of defeat|defeated|helpless|powerless|feels lost|adrift|going nowhere|stagnating|"
            + "in a rut|imposter syndrome|impostor syndrome|doubting himself|doubting herself|questioning himself|questioning herself|"
            + "crying|cried|in tears");
        SignalWhenNegated(NoteSignalCodes.LowMood,
            "上进心|干劲|积极性|热情|激情|斗志|盼头|奔头|motivated|enthusiasm|enthusiastic|excites|excite|excited|energised|energized|passion");

        Signal(NoteSignalCodes.CustomerComplaint,
            "退货|退款|投诉率|客诉量|投诉量|客户流失|丢单|掉单|丢了客户|丢了一个客户|客户跑了|被客户骂|客户骂|挨骂|差评率|"
            + "售后投诉");
        Signal(NoteSignalCodes.CustomerComplaint,
            "churned|irate|irate client|irate customer|lost the account|lost an account|lost a client|lost a customer|lost two clients|"
            + "complaint volume|chargebacks|chargeback|1-star|negative feedback|customer escalation|client escalation|escalated by the client|"
            + "escalated by the customer|customer churn|client churn");
    }

    private void AddColloquialCareer()
    {
        Signal(NoteSignalCodes.Promotion,
            "想升|往上走|往上升|升一级|升一档|晋级|上一个台阶|更高的职位|更高职级|更高的职级|当leader|做leader|当 leader|做 leader|"
            + "接班|接他的位置|接她的位置|挑大梁|独立负责|负责一块|管人|当负责人|做负责人|升 tl|当 tl|做 tl");
        Signal(NoteSignalCodes.Promotion,
            "tl role|lead role|step up to lead|stepping up|management path|manager track|run the team|run a team|own the team|"
            + "promotion case|promo|promo packet|promo cycle|title bump|level up|levelling up|leveling up|"
            + "people lead|em role|bigger scope|more scope|expanded scope");
        Part(Aspire, "接手|接替|接任|想接|path to|route to|eligible for|a shot at|become|becoming|move up to|moving up to|想做|想当|想升");
        Part(Rank, "tl|leader|负责人|总监|director|head|位置|职位|principal|architect|架构师");

        Signal(NoteSignalCodes.Learning,
            "读个书|读个|报了课|报课|报名了|读在职|在职研究生|读硕士|读博|读个硕士|考研|雅思|托福|coursera|udemy|慕课|线上课|精进|补短板|补一补|看书|"
            + "开阔|拓展视野|拓宽视野|长见识|见世面|接触些|接触新|接触不一样|练手");
        Signal(NoteSignalCodes.Learning,
            "mooc|lecture|lectures|reading up|read up|brush up|brushing up|get better at|improve his|improve her|develop his|develop her|"
            + "grow his|grow her|stretch project|stretch assignment|up-skill*|exposure to");
        Neutral("培训场地|培训室|培训教室|training room|training venue|学历要求");

        Signal(NoteSignalCodes.AttritionRisk,
            "骑驴找马|open to work|外面的offer|外面的 offer|有offer|有 offer|拿了offer|拿到offer|手里有offer|两个机会|几个机会|好几个机会|"
            + "三个机会|面了几家|不想待|不想呆|待够了|呆够了|走了算了|辞了|递辞职|交辞职|离职申请|离职流程|最后一天|"
            + "被竞对挖|竞对挖|被挖|挖他|挖她|出去看看|外面看看|机会在谈|在谈offer");
        Signal(NoteSignalCodes.AttritionRisk,
            "approached by a competitor|a competitor approached|competitor reached out|competitor offered|gave notice|give notice|giving notice|put in his notice|put in her notice|onsite with|"
            + "interview at|accepted an offer|accepted the offer|accept the offer|signed an offer|"
            + "offer letter|counter offer|resignation letter|done with this place|done with this job|one foot out|out the door|"
            + "competing offer|another offer|outside offer|exit interview|last day");
        // Wanting out but not daring to go (不想干了，但不敢走) is low mood, not a plan to leave.
        SignalWhenNegated(NoteSignalCodes.AttritionRisk, "敢走|afford to leave|afford to go");
        Neutral("exit criteria|last day of the sprint|handed in the report|handed in his report|handed in her report");
    }

    private void AddColloquialSupport()
    {
        Part(Resource,
            "照顾|照顾一下|关照|通融|弹性|灵活|调休|远程|居家|协助|撑腰|背书|站台|授权|拍板|审批|批准|提供|给些|给点|给一些|多给|安排|"
            + "air cover|backing|buy-in|flexibility|flexible|accommodation|accommodations|time off|reduced hours|part-time|"
            + "cut back|four days|four-day|compressed hours|approval|sign-off|exception|intro|introduction|sponsor*");
        Part(Request, "得再|还得|急需|亟需|请|想请");
        Part(Resource, "clarity|clearer|priorities|prioritisation|prioritization");
        Signal(NoteSignalCodes.SupportNeeded,
            "wants his manager to|wants her manager to|asked his manager to|asked her manager to|希望主管|希望领导|希望经理|希望manager|"
            + "希望 manager|希望leader|希望 leader|希望老板|asked us to|asks us to|asked me to|asks me to|wants us to|wants me to|would like us to|'d like us to|if we could|"
            + "whether we could|if we can|whether we can|can we|could we|希望hr|希望 hr|请hr|请 hr|让hr|让 hr|希望公司|请公司|希望我们|"
            + "求支援|求帮忙|搭把手|帮一把|拉一把|撑一把|需要人带|没人带|没人管|没人支持|孤军奋战|air cover|more hands|lend a hand|"
            + "escalation path|unblock|unblocked|blocked on|need a decision|needs a decision|needs sign-off|need sign-off");
    }
}
