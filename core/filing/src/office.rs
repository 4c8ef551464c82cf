//! The provincial cyberspace office (省级网信部门) for a region code.

use frt_model::Localized;

/// ISO 3166-2 codes of the provincial-level divisions of mainland China, with their names.
const PROVINCES: &[(&str, &str, &str)] = &[
    ("CN-AH", "Anhui", "安徽省"),
    ("CN-BJ", "Beijing", "北京市"),
    ("CN-CQ", "Chongqing", "重庆市"),
    ("CN-FJ", "Fujian", "福建省"),
    ("CN-GD", "Guangdong", "广东省"),
    ("CN-GS", "Gansu", "甘肃省"),
    ("CN-GX", "Guangxi", "广西壮族自治区"),
    ("CN-GZ", "Guizhou", "贵州省"),
    ("CN-HA", "Henan", "河南省"),
    ("CN-HB", "Hubei", "湖北省"),
    ("CN-HE", "Hebei", "河北省"),
    ("CN-HI", "Hainan", "海南省"),
    ("CN-HL", "Heilongjiang", "黑龙江省"),
    ("CN-HN", "Hunan", "湖南省"),
    ("CN-JL", "Jilin", "吉林省"),
    ("CN-JS", "Jiangsu", "江苏省"),
    ("CN-JX", "Jiangxi", "江西省"),
    ("CN-LN", "Liaoning", "辽宁省"),
    ("CN-NM", "Inner Mongolia", "内蒙古自治区"),
    ("CN-NX", "Ningxia", "宁夏回族自治区"),
    ("CN-QH", "Qinghai", "青海省"),
    ("CN-SC", "Sichuan", "四川省"),
    ("CN-SD", "Shandong", "山东省"),
    ("CN-SH", "Shanghai", "上海市"),
    ("CN-SN", "Shaanxi", "陕西省"),
    ("CN-SX", "Shanxi", "山西省"),
    ("CN-TJ", "Tianjin", "天津市"),
    ("CN-XJ", "Xinjiang", "新疆维吾尔自治区"),
    ("CN-XZ", "Tibet", "西藏自治区"),
    ("CN-YN", "Yunnan", "云南省"),
    ("CN-ZJ", "Zhejiang", "浙江省"),
];

/// The office a handler in `region` files with, or `None` for a code that is not a
/// provincial-level division of mainland China.
pub fn office(region: &str) -> Option<Localized> {
    let (_, en, zh) = PROVINCES.iter().find(|(code, _, _)| *code == region)?;
    Some(Localized::new(
        format!("the cyberspace office of {en} (provincial level)"),
        format!("{zh}互联网信息办公室（省级网信部门）"),
    ))
}
