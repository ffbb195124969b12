namespace GrowBot.Coaching.Notes;

internal sealed partial class NoteLexicon
{
    private const string Request = "request";
    private const string Resource = "resource";
    private const string StaffAddition = "staff-addition";
    private const string Staff = "staff";
    private const string Lacking = "lacking";
    private const string ResourceTopic = "resource-topic";
    private const string WorkloadTopic = "workload-topic";
    private const string Heavy = "heavy";
    private const string ProjectTopic = "project-topic";
    private const string Many = "many";
    private const string Schedule = "schedule";
    private const string Tight = "tight";
    private const string Customer = "customer";
    private const string CustomerNegative = "customer-negative";
    private const string Satisfaction = "satisfaction";
    private const string Drop = "drop";
    private const string MoodTopic = "mood-topic";
    private const string Low = "low";
    private const string Relationship = "relationship";
    private const string Strained = "strained";
    private const string TransferVerb = "transfer-verb";
    private const string Unit = "unit";
    private const string Aspire = "aspire";
    private const string Rank = "rank";
    private const string Skill = "skill";
    private const string Communication = "communication";
    private const string Difficult = "difficult";
    private const string Sleep = "sleep";
    private const string Bad = "bad";
    private const string Update = "update";
    private const string Resume = "resume";
    private const string Improve = "improve";

    private void AddCombinations()
    {
        Part(Request,
            "需要|希望|想要|请求|申请|要求|期望|盼望|想请|诉求|能不能|能否|可不可以|问能不能|need|needs|needed|ask|asked|asks|asking|"
            + "有没有|问有没有|asked about|asks about|asking about|inquired about|"
            + "request|requests|wanting|would like|'d like|would love|'d love|wants|want|wanted|hoping|hopes|hope|could get|could use|"
            + "looking for|asked if|asks if|asking if|asked whether|asks whether");
        Part(Resource,
            "支持|帮助|帮忙|分担|伙伴|协调|资源|预算|经费|工具|支援|指导|辅导|带一带|有人带|设备|软件|导师|教练|带教|带他|带她|报销|help|support|resources|budget|funding|tool|"
            + "tools|tooling|guidance|backup|buddy|onboarding buddy|share the load|a mentor|mentorship|a coach|reimburse*|sponsor|sponsorship|报销|equipment|software|license|licenses");
        Part(StaffAddition,
            "补人|补一个人|补个人|补两个人|再补|加人|加一个人|加个人|招人|招一个人|招聘|派人|增加人手|加派人手|补充人手|增员|扩招|hc|headcount|"
            + "backfill|another engineer|another person|another developer|another analyst|more people|an extra person|extra person|"
            + "extra hands|extra headcount|more staff|more headcount|a contractor|contractor|contractors|another hire|additional engineer|"
            + "one more person|temporary help|temp|another two|another three|two more|three more|one more|more hands|more engineers|"
            + "more developers|extra engineers|additional staff|more headcount|借调|借一个人|多几个人|多一个人|多个人|多招|再来一个人|添人|多两个人|借调一个人|调一个人|临时工|外包|派个人|支援人手|加派");
        Rule(Request, Resource, maxGapTokens: 10, anyOrder: false, NoteSignalCodes.SupportNeeded);
        // Asking for more people says that there are too few, which the taxonomy counts as workload.
        Rule(Request, StaffAddition, maxGapTokens: 10, anyOrder: false, NoteSignalCodes.SupportNeeded, NoteSignalCodes.Workload);

        Part(Staff, "人手|人力|人员|headcount|staff|staffing|people|person|engineer|engineers|developer|developers|hands|hire|hires");
        Neutral("people skills|hire date");
        Part(Lacking, "不够|不足|短缺|紧缺|吃紧|缺|short|not enough|lack|lacking|shortage|missing");
        Part(ResourceTopic, "资源|预算|经费|工具|budget|resources|funding|tooling|tools");
        Rule(Staff, Lacking, maxGapTokens: 3, anyOrder: true, NoteSignalCodes.Workload, NoteSignalCodes.SupportNeeded);
        Rule(ResourceTopic, Lacking, maxGapTokens: 3, anyOrder: true, NoteSignalCodes.SupportNeeded);

        Part(WorkloadTopic, "工作强度|强度|工作节奏|intensity|工作量|工作负荷|任务量|工单量|工单|单量|workload|work load|workloads|ticket volume|volume of work|ticket count");
        Part(Heavy,
            "太重|很重|重|太大|很大|大|太多|很多|多|饱和|超标|爆表|繁重|heavy|too heavy|too much|too many|huge|crazy|insane|unsustainable|"
            + "excessive|through the roof|high|very high|overwhelming|intense|翻了一倍|翻倍|激增|暴增|doubled|tripled|spiked|surged");
        Part(ProjectTopic, "项目|任务|project|projects|tickets|tasks|deliverables");
        Part(Many, "太多|很多|好多|多个|同时|too many|so many|multiple|in parallel|at the same time|at once|simultaneously");
        Part(Schedule, "节点|deadline|deadlines|截止|排期|工期|ddl|交付时间|timeline|timelines");
        Part(Tight, "很密|密集|太密|紧|很紧|太紧|挤|挤在|tight|crunch|back-to-back|looming|unrealistic");
        Rule(WorkloadTopic, Heavy, maxGapTokens: 4, anyOrder: true, NoteSignalCodes.Workload);
        Rule(ProjectTopic, Many, maxGapTokens: 4, anyOrder: true, NoteSignalCodes.Workload);
        Rule(Schedule, Tight, maxGapTokens: 3, anyOrder: true, NoteSignalCodes.Workload);

        Part(Customer, "客户那边|客户方|甲方那边|customer's|client's|customers'|clients'|客户|顾客|用户|客人|甲方|customer|customers|client|clients|account|accounts|consumer|consumers|buyer|buyers|user|users");
        Part(CustomerNegative,
            "不满|不满意|抱怨|负面|差评|投诉|意见很大|意见大|生气|发火|不高兴|流失|escalat*|unhappy|dissatisfied|dissatisfaction|angry|upset|"
            + "太慢|响应慢|不续约|不续费|取消合作|终止合作|要换|换供应商|cancel*|not renew|won't renew|pulled the contract|negative|complain*|frustrated|furious|churn*|threatened|threatening|threaten|催|催促|施压|push|要求提前|chasing|pushing|pressuring|rude|demanding|abusive|hostile|难缠|刁难|无理|骂|发脾气");
        Part(Satisfaction, "满意度|好评率|满意率|nps|csat|satisfaction|satisfaction score");
        Part(Drop, "下降|下滑|降低|变差|走低|降了|下跌|dropped|drop|fell|fallen|declined|declining|decreased|down|low|lower|worse|tanked");
        Rule(Customer, CustomerNegative, maxGapTokens: 8, anyOrder: true, NoteSignalCodes.CustomerComplaint);
        Rule(Satisfaction, Drop, maxGapTokens: 4, anyOrder: true, NoteSignalCodes.CustomerComplaint);

        Part(MoodTopic, "energy|motivation|morale|mood|spirits|engagement|情绪|心情|士气|积极性|干劲|精神|精神状态|状态|兴致");
        Part(Low, "low|lower|down|dropped|flat|poor|bad|差|很差|低|很低|不高|不好|不太好|下降|低迷|一般|有些低|有点低|不太高|不佳|欠佳");
        Rule(MoodTopic, Low, maxGapTokens: 4, anyOrder: true, NoteSignalCodes.LowMood);

        Part(Relationship, "关系|相处|气氛|氛围|relationship|relations|atmosphere|dynamic|dynamics");
        Part(Strained, "紧张|很紧张|比较紧张|不好|很差|差|僵|很僵|别扭|tense|strained|bad|poor|difficult|rocky|toxic|awkward");
        Rule(Relationship, Strained, maxGapTokens: 3, anyOrder: true, NoteSignalCodes.Conflict);

        Part(TransferVerb, "转|调到|调去|转到|转去|换到|调动|move to|moving to|transfer to|switch to|rotate to");
        Part(Unit, "团队|部门|岗位|组|小组|事业部|team|department|role|group|function");
        Rule(TransferVerb, Unit, maxGapTokens: 8, anyOrder: false, NoteSignalCodes.Promotion);

        Part(Aspire, "争取|冲|竞争|申请|applying for|apply for|applied for|aim for|go for|push for|aiming for|gunning for|work towards|working towards");
        Part(Rank, "title|senior|高级|资深|职级|级别|level|grade|组长|经理|主管|manager|lead|principal|staff engineer");
        Rule(Aspire, Rank, maxGapTokens: 4, anyOrder: false, NoteSignalCodes.Promotion);

        Neutral("转发|转变|转换|转告|转达|转账|转化|运转|周转|扭转|转正|转身");

        Part(Lacking, "缺乏|欠缺|lacks");
        Part(Skill, "知识|经验|技能|能力|专业知识|knowledge|skills|experience|expertise|know-how|background");
        Rule(Lacking, Skill, maxGapTokens: 4, anyOrder: true, NoteSignalCodes.Learning, NoteSignalCodes.SupportNeeded);

        // Building up a skill is a wish to learn: 补哪些能力, strengthen his skills.
        Part(Improve, "补|补齐|补足|加强|提升|提高|锻炼|strengthen|build up|build|develop|improve|sharpen|deepen|broaden");
        Rule(Improve, Skill, maxGapTokens: 4, anyOrder: false, NoteSignalCodes.Learning);

        Part(Communication, "沟通|交流|协作|communication|collaboration|working relationship");
        Part(Difficult, "难|很难|困难|费劲|很费劲|不畅|不顺|不顺畅|很累|difficult|hard|strained|poor|breaks down|broken|tense");
        Rule(Communication, Difficult, maxGapTokens: 3, anyOrder: true, NoteSignalCodes.Conflict);

        Part(Sleep, "sleep|sleeping|睡眠|睡觉");
        Part(Bad, "差|很差|不好|不太好|poor|poorly|bad|badly|terrible|trouble|problems");
        Rule(Sleep, Bad, maxGapTokens: 3, anyOrder: true, NoteSignalCodes.Stress);

        Part(Update, "update|updates|updating|updated|polishing|polish|refreshing|更新|完善");
        Part(Resume, "resume|résumé|cv|linkedin|简历|profile");
        Rule(Update, Resume, maxGapTokens: 3, anyOrder: false, NoteSignalCodes.AttritionRisk);
        Neutral("resume work|resume the|resumed");
    }
}
