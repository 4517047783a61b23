#include "chinesetext.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

// Pairs of (traditional, simplified) characters, covering the vocabulary of plans, departments and targets.
constexpr char16_t kTradSimpPairs[] = u"亞亚來来個个們们備备傳传價价償偿優优儲储內内兩两冊册凈净淨净則则創创劃划動动務务"
    u"勢势勵励匯汇區区協协參参吳吴問问啟启單单噴喷噸吨嚴严國国園园團团執执堅坚報报場场墻墙牆墙壓压學学"
    u"實实寧宁審审將将專专對对導导屬属島岛帶带庫库廠厂廢废廣广強强彈弹徑径復复態态應应戰战掛挂撐撑據据"
    u"擴扩數数斷断時时會会東东條条棄弃楊杨業业極极構构標标樣样機机權权氣气氫氢減减測测溫温滌涤滬沪滿满"
    u"漿浆潔洁潯浔濕湿濟济濾滤為为無无熱热燒烧營营爐炉爭争現现環环產产當当發发盡尽監监確确碼码礎础礦矿"
    u"稈秆種种稱称積积穩稳節节簡简籌筹糞粪約约紅红納纳純纯紗纱紙纸級级紡纺細细組组結结絡络給给統统絲丝"
    u"經经綜综綠绿維维網网綸纶緊紧線线綫线編编縣县縮缩總总織织續续纖纤聞闻聯联職职脫脱臨临臺台與与興兴"
    u"舊旧萬万蓋盖藝艺藥药處处號号術术補补裝装規规計计訊讯記记設设評评試试認认調调請请論论謀谋證证護护"
    u"變变豐丰負负貨货貫贯責责貸贷費费貿贸資资賦赋質质購购贏赢跡迹踐践車车軸轴輔辅輛辆輪轮輸输轉转辦办"
    u"農农連连進进運运過过達达適适選选還还鄉乡針针鉛铅鉤钩銀银鋰锂鋼钢錯错鍋锅鍵键鎮镇鏈链鐵铁鑄铸長长"
    u"門门閉闭開开間间關关陽阳際际雙双離离電电鞏巩韻韵頁页項项預预領领頭头題题額额類类顧顾顯显飛飞養养"
    u"馬马驗验體体鹽盐麗丽點点於于牽牵衛卫廳厅銷销黨党財财稅税樓楼築筑醫医漁渔隊队災灾視视僑侨歸归轄辖"
    u"讓让準准溝沟灣湾濱滨億亿畝亩範范歲岁紀纪檢检層层邊边遠远鐘钟陸陆劑剂鋁铝銅铜煉炼燈灯爾尔獎奖瓊琼"
    u"畢毕礙碍禮礼穀谷筆笔糧粮練练繪绘罰罚聖圣聲声肅肃腦脑舉举藍蓝蘇苏蟲虫裏里複复見见覽览覺觉觀观訂订"
    u"許许訪访診诊該该詳详語语誤误說说課课談谈謝谢識识議议讀读豬猪貝贝貢贡貧贫販贩貴贵買买賣卖賽赛贊赞"
    u"趙赵軌轨軍军較较載载輕轻辭辞這这遊游遞递遺遗郵邮鄰邻釋释錄录鏡镜閑闲閘闸閱阅闊阔階阶陰阴隨随險险"
    u"隱隐雜杂雞鸡難难雲云靜静響响順顺須须頒颁頻频顆颗風风飯饭飲饮館馆駐驻驅驱鬥斗魚鱼鮮鲜鳥鸟麥麦黃黄"
    u"齊齐齡龄龍龙壩坝圖图塊块塵尘壇坛壯壮壽寿夠够夢梦奮奋婦妇孫孙寶宝尋寻嶺岭巖岩幣币幹干張张徹彻惡恶"
    u"愛爱憂忧懷怀戶户掃扫採采換换擁拥擇择擔担擊击擬拟擾扰攝摄攜携敵敌晉晋暢畅曆历歷历棟栋樂乐樹树橋桥"
    u"櫃柜殘残毀毁決决沒没況况淺浅湯汤滅灭滲渗漢汉潛潜澤泽濃浓灘滩狀状獨独獲获畫画異异療疗盤盘眾众磚砖"
    u"窮穷競竞簽签紛纷紹绍終终絕绝綱纲緣缘縱纵績绩繫系繼继罷罢羅罗義义習习脈脉腳脚艦舰艱艰莊庄華华葉叶"
    u"薦荐製制親亲觸触詞词詢询誌志誠诚歐欧慮虑慣惯憑凭殺杀沖冲烏乌煙烟獻献疊叠窯窑緩缓繳缴臟脏蘭兰衝冲"
    u"訓训譜谱賀贺賓宾趕赶躍跃軟软鄭郑鋪铺鋒锋鑑鉴鑒鉴閩闽陝陕陣阵陳陈雖虽靈灵韓韩顏颜願愿飼饲餘余駕驾"
    u"齒齿鬆松錶表導导廈厦倉仓偉伟剛刚劉刘勞劳匯汇卻却嘆叹圍围夾夹奧奥嬰婴彎弯懸悬擴扩敘叙橫横檔档殼壳"
    u"潤润濫滥爛烂猶犹瑪玛環环癥症盞盏碩硕穢秽篤笃糾纠縫缝罈坛聳耸膽胆艙舱蓮莲蘊蕴蝦虾襯衬譯译豎竖賬账"
    u"贈赠蹤踪輯辑遜逊鄧邓釘钉鈕钮銜衔鍛锻鎖锁鑽钻闖闯隸隶雋隽頓顿頸颈顛颠饑饥騰腾鬧闹鷹鹰麼么黴霉";

/** Flat lookup over the BMP (128 KiB): folding runs on every character of large documents. */
const std::vector<char16_t> &tradSimpTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> t(0x10000);
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = char16_t(i);
        constexpr std::size_t n = (sizeof(kTradSimpPairs) / sizeof(char16_t)) - 1;
        for (std::size_t i = 0; i + 1 < n; i += 2) {
            if (t[kTradSimpPairs[i]] == kTradSimpPairs[i])
                t[kTradSimpPairs[i]] = kTradSimpPairs[i + 1];
        }
        return t;
    }();
    return table;
}

} // namespace

bool isCjkIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)
        || c.isSurrogate();
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return isCjkIdeograph(c) || (u >= 0x3000 && u <= 0x303F && u != 0x3000) || (u >= 0xFF00 && u <= 0xFFEF)
        || u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019 || u == 0x2014 || u == 0x2026
        || u == 0x00B7 || (u >= 0x2460 && u <= 0x2473) || u == 0x2265 || u == 0x2264;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0x3000 || c.unicode() == 0x00A0 || c.unicode() == 0xFEFF;
}

int parseChineseNumeral(QStringView text)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (text.isEmpty() || text.size() > 3)
        return -1;
    auto digit = [](QChar c) -> int {
        if (c == u'〇' || c == u'零')
            return 0;
        if (c == u'两')
            return 2;
        return int(digits.indexOf(c));
    };
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0) {
        if (text.size() != 1)
            return -1;
        const int d = digit(text.at(0));
        return d > 0 ? d : -1;
    }
    int tens = 1;
    if (ten == 1) {
        tens = digit(text.at(0));
        if (tens <= 0)
            return -1;
    } else if (ten != 0) {
        return -1;
    }
    int ones = 0;
    if (ten + 1 < text.size()) {
        if (ten + 2 != text.size())
            return -1;
        ones = digit(text.at(ten + 1));
        if (ones <= 0)
            return -1;
    }
    return tens * 10 + ones;
}

int circledNumber(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x2460 && u <= 0x2473)
        return int(u - 0x2460) + 1;
    return -1;
}

QChar toSimplified(QChar c)
{
    return QChar(tradSimpTable()[c.unicode()]);
}

QString toSimplified(QStringView text)
{
    const std::vector<char16_t> &table = tradSimpTable();
    QString out(text.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const char16_t *src = reinterpret_cast<const char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        dst[i] = table[src[i]];
    return out;
}

QChar foldWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

QString foldWidth(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldWidth(text.at(i));
    return out;
}

} // namespace pw::import
