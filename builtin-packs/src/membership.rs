/// The built-in packs, by stable name, with their titles and the prefixes of the rule crates
/// (in `guest-rules/`) each holds. A crate belongs to the first pack with a matching prefix;
/// the build fails for a crate that matches none.
pub const PACK_MEMBERS: &[(&str, &str, &str, &[&str])] = &[
    (
        "cn-measures",
        "Measures for the Security Management of Facial Recognition Technology Applications (2025)",
        "《人脸识别技术应用安全管理办法》",
        &["cn-frt-"],
    ),
    (
        "cn-national-law",
        "PRC national law beside the Measures: PIPL, SPC 2021 face-recognition provisions",
        "《办法》之外的国家法律：《个人信息保护法》、最高人民法院2021年人脸识别司法解释",
        &["cn-pipl-", "cn-spc-"],
    ),
    (
        "cn-regional",
        "PRC regional regulations: Shanghai, Shenzhen, Hangzhou, Tianjin",
        "地方性法规：上海、深圳、杭州、天津",
        &["cn-sh-", "cn-sz-", "cn-hz-", "cn-tj-"],
    ),
    (
        "us-states",
        "US state biometric privacy laws: Illinois BIPA, Texas CUBI",
        "美国州生物识别隐私法：伊利诺伊州BIPA、得克萨斯州CUBI",
        &["us-"],
    ),
    (
        "eu",
        "EU AI Act prohibited practices",
        "欧盟《人工智能法》禁止的做法",
        &["eu-"],
    ),
];
