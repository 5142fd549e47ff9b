<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LeadInbox</source>
        <translation>關於 LeadInbox</translation>
    </message>
    <message>
        <source>Marketplace leads, imported, deduplicated and followed up. Your data stays on this computer.</source>
        <translation>市集潛在客戶：匯入、去除重複並持續跟進。您的資料只會留在這台電腦上。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資料</translation>
    </message>
</context>
<context>
    <name>AddLeadDialog</name>
    <message>
        <source>Add lead</source>
        <translation>新增潛在客戶</translation>
    </message>
    <message>
        <source>NL, Netherlands, …</source>
        <translation>TW、台灣…</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>對方的需求，以對方的話描述</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>電子郵件(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>國家(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>方案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Asked for:</source>
        <translation>需求(&amp;A)：</translation>
    </message>
    <message>
        <source>Me&amp;ssage:</source>
        <translation>訊息(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <source>The lead gets a first-response clock and a place in the inbox as an imported one would; the same person, action, offer and day is found as already known.</source>
        <translation>此潛在客戶會如匯入的一樣取得首次回覆時限與收件匣位置；相同的人、動作、方案與日期會被視為已存在。</translation>
    </message>
    <message>
        <source>Give an email or a phone number (and a name when there is no email).</source>
        <translation>請提供電子郵件或電話號碼（沒有電子郵件時也請提供姓名）。</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <source>No customer</source>
        <translation>不是客戶</translation>
    </message>
    <message>
        <source>&amp;Add as leads and log the email</source>
        <translation>新增為潛在客戶並記錄郵件(&amp;A)</translation>
    </message>
    <message>
        <source>These people are no customer in LeadInbox, so the email was not logged. Add the ticked ones as leads (File › Import history can undo that)?</source>
        <translation>這些人不是 LeadInbox 中的客戶，因此未記錄該郵件。要將勾選的人新增為潛在客戶嗎？（「檔案 › 匯入記錄」可以復原）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>LeadInbox cannot open its database.

%1</source>
        <translation>LeadInbox 無法開啟資料庫。

%1</translation>
    </message>
</context>
<context>
    <name>AssignOwnerDialog</name>
    <message>
        <source>Assign one lead</source>
        <translation>指派一筆潛在客戶</translation>
    </message>
    <message>
        <source>Assign %s leads</source>
        <translation>指派 %s 筆潛在客戶</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Pick a colleague or type a new name; “Me” assigns them to you.</source>
        <translation>選擇一位同事或輸入新名稱；「我」會將其指派給您。</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Log reply – %s</source>
        <translation>記錄回覆 – %s</translation>
    </message>
    <message>
        <source>Log attempt – %s</source>
        <translation>記錄聯繫嘗試 – %s</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚未回覆</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>已留語音訊息</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已安排會議</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>沒有興趣</translation>
    </message>
    <message>
        <source>What they wrote or said (optional)</source>
        <translation>客戶寫了或說了什麼（選填）</translation>
    </message>
    <message>
        <source>What was said or sent (optional)</source>
        <translation>說了或寄了什麼（選填）</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>管道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation>潛在客戶：</translation>
    </message>
    <message>
        <source>&amp;Log reply</source>
        <translation>記錄回覆(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation>記錄嘗試(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without a phone number left out.</source>
        <translation>
            <numerusform>已略過 %Ln 位沒有電話號碼的客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an email address left out.</source>
        <translation>
            <numerusform>已略過 %Ln 位沒有電子郵件地址的客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>This attempt was answered: the cadence stops and the lead moves to Nurturing. A reply on its own is logged with Log reply (R).</source>
        <translation>這次嘗試得到了回覆：停止聯繫節奏，潛在客戶移至「培養中」。客戶主動的回覆請用「記錄回覆」(R) 記錄。</translation>
    </message>
    <message>
        <source>A booked meeting stops the cadence: the lead moves to Nurturing.</source>
        <translation>安排會議後即停止聯繫節奏：潛在客戶移至「培養中」。</translation>
    </message>
    <message>
        <source>You will be asked whether to close the lead as Lost.</source>
        <translation>系統會詢問您是否要將潛在客戶結案為「失敗」。</translation>
    </message>
    <message>
        <source>The next attempt is planned by your cadence.</source>
        <translation>下一次嘗試會依您的聯繫節奏排定。</translation>
    </message>
    <message>
        <source>The customer&apos;s reply stops the cadence: the lead moves to Nurturing. It is not counted as an attempt.</source>
        <translation>客戶的回覆會停止聯繫節奏：潛在客戶移至「培養中」。回覆不計為嘗試。</translation>
    </message>
    <message numerus="yes">
        <source>Log attempt – %Ln customer(s)</source>
        <translation>
            <numerusform>記錄聯繫嘗試 – %Ln 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one lead.</source>
        <translation>請至少勾選一筆潛在客戶。</translation>
    </message>
</context>
<context>
    <name>BacklogController</name>
    <message>
        <source>&amp;Add lead…</source>
        <translation>新增潛在客戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Edi&amp;t contact details</source>
        <translation>編輯聯絡資料(&amp;T)</translation>
    </message>
    <message>
        <source>Add ta&amp;g…</source>
        <translation>新增標籤(&amp;G)…</translation>
    </message>
    <message>
        <source>Deal &amp;value…</source>
        <translation>交易金額(&amp;V)…</translation>
    </message>
    <message>
        <source>Compan&amp;y…</source>
        <translation>公司(&amp;Y)…</translation>
    </message>
    <message>
        <source>Start &amp;from today…</source>
        <translation>從今天開始(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customers)</source>
        <translation>
            <numerusform>%1（%Ln 位客戶）</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>交易金額</translation>
    </message>
    <message>
        <source>Only a Won or Qualified lead has a deal value: mark the lead Won (W) or qualify it (Q) first.</source>
        <translation>只有成交或已評定資格的潛在客戶才有交易金額：請先標示為成交 (W) 或評定資格 (Q)。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>This customer gives no company name and writes from a free-mail address: LeadInbox cannot tell their company.</source>
        <translation>此客戶未提供公司名稱，且使用免費信箱：LeadInbox 無法判斷其公司。</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The backup failed (%s). Nothing was lost.</source>
        <translation>備份失敗（%s）。沒有任何資料遺失。</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Contact me</source>
        <translation>與我聯絡</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>試用體驗</translation>
    </message>
    <message>
        <source>Get it now</source>
        <translation>立即取得</translation>
    </message>
    <message>
        <source>Azure portal</source>
        <translation>Azure 入口網站</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>請勿聯絡</translation>
    </message>
    <message>
        <source>Azure Marketplace</source>
        <translation>Azure Marketplace</translation>
    </message>
    <message>
        <source>AppSource</source>
        <translation>AppSource</translation>
    </message>
    <message>
        <source>Test Drive</source>
        <translation>試用體驗</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>未知動作</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Not possible</source>
        <translation>無法執行</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Do not contact?</source>
        <translation>請勿聯絡？</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln customer(s) as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>要將 %Ln 位客戶標示為請勿聯絡嗎？之後 LeadInbox 將拒絕寄信、致電或排定嘗試（Ctrl+Z 可復原）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>沒有可變更的項目</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>沒有可變更的項目。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s) changed</source>
        <translation>
            <numerusform>%1：已變更 %Ln 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln lead(s)).</source>
        <translation>
            <numerusform>（%Ln 筆潛在客戶）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer in LeadInbox</source>
        <translation>
            <numerusform>%Ln 位已不在 LeadInbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an open lead</source>
        <translation>
            <numerusform>%Ln 位沒有未結的潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with nothing closed to reopen</source>
        <translation>
            <numerusform>%Ln 位沒有可重新開啟的已結案項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already so</source>
        <translation>
            <numerusform>%Ln 位已是此狀態</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact</source>
        <translation>
            <numerusform>%Ln 位請勿聯絡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact (from the marketplace)</source>
        <translation>
            <numerusform>%Ln 位請勿聯絡（來自市集）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected customer(s) left out: %1.</source>
        <translation>
            <numerusform>略過 %Ln 位選取的客戶：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons customers were left out</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Start from today</source>
        <translation>從今天開始</translation>
    </message>
    <message>
        <source>No unanswered lead is older than that.</source>
        <translation>沒有比這更舊的未回覆潛在客戶。</translation>
    </message>
    <message numerus="yes">
        <source>Closed %Ln lead(s) as handled before LeadInbox</source>
        <translation>
            <numerusform>已將 %Ln 筆潛在客戶以「LeadInbox 之前已處理」結案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restarted the first-response clock of %Ln lead(s)</source>
        <translation>
            <numerusform>已重新啟動 %Ln 筆潛在客戶的首次回覆時限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln customer(s)). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>（%Ln 位客戶）。Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln customer(s):</source>
        <translation>
            <numerusform>%Ln 位客戶的標籤：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln customer(s) “%1”.</source>
        <translation>
            <numerusform>已為 %Ln 位客戶加上標籤「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact details saved; a later import will not overwrite them.</source>
        <translation>聯絡資料已儲存；之後的匯入不會覆寫。</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>相同的電子郵件</translation>
    </message>
    <message>
        <source>%1 already has the email %2. Are they the same person? Merging moves their leads, attempts, notes and tags here (Ctrl+Z undoes it).</source>
        <translation>%1 已使用電子郵件 %2。是同一個人嗎？合併會將其潛在客戶、嘗試、備註與標籤移到這裡（Ctrl+Z 可復原）。</translation>
    </message>
    <message>
        <source>Merge the two</source>
        <translation>合併兩者</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>兩者都保留</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>This lead is already in LeadInbox (the same person, action, offer and day): nothing was added.</source>
        <translation>此潛在客戶已在 LeadInbox 中（相同的人、動作、方案與日期）：未新增任何項目。</translation>
    </message>
    <message>
        <source>Lead added; its first reply is due as an imported lead&apos;s would be.</source>
        <translation>已新增潛在客戶；首次回覆時限與匯入的潛在客戶相同。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) of %1</source>
        <translation>
            <numerusform>%1 的 %Ln 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>worked by %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>後續追蹤</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Show in the inbox</source>
        <translation>在收件匣中顯示</translation>
    </message>
    <message>
        <source>Filter the list on this company</source>
        <translation>依此公司篩選清單</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>電子郵件(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>職稱(&amp;J)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>國家(&amp;O)：</translation>
    </message>
    <message>
        <source>NL, Netherlands, …</source>
        <translation>TW、台灣…</translation>
    </message>
    <message>
        <source>(from the country)</source>
        <translation>（依國家）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>What you change here is kept: a later import does not overwrite it (it still fills what you leave empty). Ctrl+Z undoes a save.</source>
        <translation>你在此的修改會保留：之後的匯入不會覆寫（但仍會填入你留空的欄位）。Ctrl+Z 可復原儲存。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>the row is cut off: the file ends in the middle of it (an interrupted download?)</source>
        <translation>此列不完整：檔案在此列中途結束（下載中斷？）</translation>
    </message>
    <message>
        <source>this row has {count:,} cells; at most {limit:,} are read (is the file damaged?)</source>
        <translation>此列有 {count:,} 個儲存格；最多只讀取 {limit:,} 個（檔案是否損毀？）</translation>
    </message>
    <message>
        <source>this row is longer than {size} MiB (is the file damaged?)</source>
        <translation>此列超過 {size} MiB（檔案是否損毀？）</translation>
    </message>
    <message>
        <source>the file mixes text encodings: it reads as {encoding}, then has bytes that are not</source>
        <translation>檔案混用了多種文字編碼：前面以 {encoding} 讀取，後面卻有不屬於此編碼的位元組</translation>
    </message>
    <message>
        <source>a cell is longer than {size} KiB (an unclosed quote?)</source>
        <translation>有儲存格超過 {size} KiB（引號未閉合？）</translation>
    </message>
    <message>
        <source>the CSV is malformed ({error}); is a quote left open?</source>
        <translation>CSV 格式錯誤（{error}）；是否有引號未閉合？</translation>
    </message>
    <message>
        <source>the text changes encoding here: the file reads as {encoding} before this cell, but this cell is not {encoding} (save the file as UTF-8 and import it again)</source>
        <translation>文字編碼在此改變：此儲存格之前的內容以 {encoding} 讀取，但此儲存格不是 {encoding}（請將檔案另存為 UTF-8 後再匯入）</translation>
    </message>
    <message>
        <source>this cell is longer than {size} KiB (is a closing quote missing?)</source>
        <translation>此儲存格超過 {size} KiB（是否缺少結尾引號？）</translation>
    </message>
    <message>
        <source>a quote opens in this cell and is never closed (is the file cut off?)</source>
        <translation>此儲存格的引號開啟後從未閉合（檔案是否不完整？）</translation>
    </message>
    <message>
        <source>this quoted cell is longer than {size} KiB</source>
        <translation>此加引號的儲存格超過 {size} KiB</translation>
    </message>
    <message>
        <source>text follows the closing quote of this cell; a quote inside a cell must be doubled (&quot;&quot;)</source>
        <translation>此儲存格的結尾引號後面還有文字；儲存格內的引號必須重複寫兩次（&quot;&quot;）</translation>
    </message>
    <message>
        <source>this cell is longer than {size} KiB</source>
        <translation>此儲存格超過 {size} KiB</translation>
    </message>
    <message>
        <source>{date} is not a plausible date</source>
        <translation>{date} 不是合理的日期</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} 不是日期</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>日期是空的</translation>
    </message>
    <message>
        <source>“{value}” is not a date this app can read</source>
        <translation>「{value}」不是 LeadInbox 能讀取的日期</translation>
    </message>
    <message>
        <source>the layout of this file was not recognised; could not place: {fields} (map columns with --map COLUMN=FIELD)</source>
        <translation>無法辨識此檔案的格式；無法對應：{fields}（請用 --map COLUMN=FIELD 對應欄位）</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a lead export</source>
        <translation>此 JSON 的巢狀層級太深，不是潛在客戶匯出檔</translation>
    </message>
    <message>
        <source>the JSON file is {size:,} MiB; at most {limit} MiB can be read</source>
        <translation>JSON 檔案大小為 {size:,} MiB；最多只能讀取 {limit} MiB</translation>
    </message>
    <message>
        <source>the JSON objects have {count} different keys; at most {limit}</source>
        <translation>JSON 物件共有 {count} 個不同的鍵；最多 {limit} 個</translation>
    </message>
    <message>
        <source>the JSON is not valid UTF-8 (byte {byte})</source>
        <translation>此 JSON 不是有效的 UTF-8（位元組位置 {byte}）</translation>
    </message>
    <message>
        <source>the JSON is invalid or cut off at line {line}, column {position} ({error})</source>
        <translation>JSON 在第 {line} 行第 {position} 個字元處無效或中斷（{error}）</translation>
    </message>
    <message>
        <source>the JSON holds no lead objects</source>
        <translation>此 JSON 不含任何潛在客戶物件</translation>
    </message>
    <message>
        <source>the JSON array holds something other than lead objects</source>
        <translation>此 JSON 陣列含有潛在客戶物件以外的內容</translation>
    </message>
    <message>
        <source>this JSON Lines row is invalid or cut off at column {position} ({error})</source>
        <translation>此 JSON Lines 列在第 {position} 個字元處無效或中斷（{error}）</translation>
    </message>
    <message>
        <source>this JSON Lines row is not a lead object</source>
        <translation>此 JSON Lines 列不是潛在客戶物件</translation>
    </message>
    <message>
        <source>this is a folder: name the lead files in it</source>
        <translation>這是資料夾：請指定其中的潛在客戶檔案</translation>
    </message>
    <message>
        <source>this is a folder with no CSV, Excel or JSON lead files in it</source>
        <translation>這個資料夾中沒有 CSV、Excel 或 JSON 潛在客戶檔案</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>這不是檔案</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>無法讀取檔案（{error}）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>the file is {size:.1f} GiB; at most {limit} GiB can be imported</source>
        <translation>檔案大小為 {size:.1f} GiB；最多只能匯入 {limit} GiB</translation>
    </message>
    <message>
        <source>the mapping places neither an email nor a name column</source>
        <translation>對應中沒有電子郵件或名稱欄位</translation>
    </message>
    <message>
        <source>the file is named {suffix} but is not an Excel workbook (it holds text); if it is a CSV export, give it a .csv name</source>
        <translation>檔名是 {suffix}，但不是 Excel 活頁簿（內容是文字）；如果是 CSV 匯出檔，請將副檔名改為 .csv</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls) or a password-protected workbook; save it as .xlsx or CSV first</source>
        <translation>這是舊版二進位 Excel 檔案（.xls）或受密碼保護的活頁簿；請先另存為 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>this is a web page (an HTML table), not a spreadsheet; open it in Excel and save it as .xlsx or CSV first</source>
        <translation>這是網頁（HTML 表格），不是試算表；請先用 Excel 開啟並另存為 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx or CSV first</source>
        <translation>這是 Excel 2003 XML 試算表；請先用 Excel 開啟並另存為 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>this is a binary file, not a lead list (CSV, Excel or JSON)</source>
        <translation>這是二進位檔案，不是潛在客戶清單（CSV、Excel 或 JSON）</translation>
    </message>
    <message>
        <source>the customer details are not valid JSON</source>
        <translation>客戶資料不是有效的 JSON</translation>
    </message>
    <message>
        <source>the customer details are not a JSON object</source>
        <translation>客戶資料不是 JSON 物件</translation>
    </message>
    <message>
        <source>no email and no name: the lead cannot be tied to a customer</source>
        <translation>沒有電子郵件也沒有名稱：無法將此潛在客戶歸給任何客戶</translation>
    </message>
    <message>
        <source>“{value}” is only a name, with nothing that makes it a lead (no email, phone, company, lead source, action, offer, date or message): not imported</source>
        <translation>「{value}」只有姓名，沒有任何使其成為潛在客戶的資料（沒有電子郵件、電話、公司、潛在客戶來源、動作、方案、日期或訊息）：未匯入</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: the lead is kept without one</source>
        <translation>「{value}」不是電子郵件地址：已保留此潛在客戶，但沒有電子郵件</translation>
    </message>
    <message>
        <source>“{value}” could not be read as a date: the lead is kept without one, its reply clock starting at the import</source>
        <translation>無法將「{value}」讀取為日期：已保留此潛在客戶，但沒有日期，回覆時限自匯入時起算</translation>
    </message>
    <message>
        <source>“{value}” is not a country this app knows: kept as written</source>
        <translation>「{value}」不是此應用程式認得的國家／地區：依原文保留</translation>
    </message>
    <message>
        <source>“{value}” could not be read as a phone number: kept as written</source>
        <translation>無法將「{value}」讀取為電話號碼：依原文保留</translation>
    </message>
    <message>
        <source>more than {limit:,} rows; split the file</source>
        <translation>超過 {limit:,} 列；請分割檔案</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is empty</source>
        <translation>工作表「{sheet}」是空的</translation>
    </message>
    <message>
        <source>the file has {count} columns; at most {limit} are read</source>
        <translation>檔案有 {count} 欄；最多只讀取 {limit} 欄</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {count} columns; at most {limit} are read</source>
        <translation>工作表「{sheet}」有 {count} 欄；最多只讀取 {limit} 欄</translation>
    </message>
    <message>
        <source>the workbook part {part} is damaged</source>
        <translation>活頁簿的組件 {part} 已損毀</translation>
    </message>
    <message>
        <source>this is not a valid Excel workbook (the .xlsx container is damaged or cut off)</source>
        <translation>這不是有效的 Excel 活頁簿（.xlsx 容器已損毀或不完整）</translation>
    </message>
    <message>
        <source>this is a zip archive, but not an Excel workbook</source>
        <translation>這是 zip 壓縮檔，但不是 Excel 活頁簿</translation>
    </message>
    <message>
        <source>the workbook has {count:,} parts; that is not a lead export</source>
        <translation>此活頁簿有 {count:,} 個組件；這不是潛在客戶匯出檔</translation>
    </message>
    <message>
        <source>the workbook part {part} would unpack to {size:,} MiB; refused as a possible zip bomb</source>
        <translation>活頁簿的組件 {part} 解壓縮後將達 {size:,} MiB；疑似 zip 炸彈，已拒絕</translation>
    </message>
    <message>
        <source>the workbook part {part} declares XML entities; refused as unsafe</source>
        <translation>活頁簿的組件 {part} 宣告了 XML 實體；因不安全而拒絕</translation>
    </message>
    <message>
        <source>the workbook could not be read: it may be damaged, protected by a password, or not a workbook; open it in Excel and save it as .xlsx or CSV</source>
        <translation>無法讀取活頁簿：可能已損毀、受密碼保護，或不是活頁簿；請用 Excel 開啟並另存為 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {rows:,} rows × {columns:,} columns; too large</source>
        <translation>工作表「{sheet}」有 {rows:,} 列 × {columns:,} 欄；太大了</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>活頁簿沒有任何工作表</translation>
    </message>
    <message>
        <source>row %1, column “%2”: %3</source>
        <translation>第 %1 列，「%2」欄：%3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>column “%1”: %2</source>
        <translation>「%1」欄：%2</translation>
    </message>
    <message>
        <source>a connection string with the account key grants full access to the whole storage account (read, change, delete); LeadInbox only reads, and a read-only SAS URL is safer</source>
        <translation>含帳戶金鑰的連接字串可完全存取整個儲存體帳戶(讀取、變更、刪除);LeadInbox 只會讀取,使用唯讀 SAS URL 較安全</translation>
    </message>
    <message>
        <source>this token also allows changing the table; LeadInbox only reads, and a token with read and query rights only is safer</source>
        <translation>此權杖也允許變更資料表;LeadInbox 只會讀取,僅含讀取與查詢權限的權杖較安全</translation>
    </message>
    <message>
        <source>the token expires on {expires}; make a new one before then</source>
        <translation>權杖將於 {expires} 到期;請在此之前建立新的權杖</translation>
    </message>
    <message>
        <source>the address must start with https:// (plain http only for this computer&apos;s own emulator)</source>
        <translation>位址必須以 https:// 開頭(僅本機的模擬器可使用 http)</translation>
    </message>
    <message>
        <source>the URL holds no shared access signature (its query has no sig=); copy the whole SAS URL</source>
        <translation>此 URL 不含共用存取簽章(查詢字串中沒有 sig=);請複製完整的 SAS URL</translation>
    </message>
    <message>
        <source>the URL names no storage account</source>
        <translation>此 URL 未指定儲存體帳戶</translation>
    </message>
    <message>
        <source>“{table}” is not a valid table name (3 to 63 letters and digits, starting with a letter)</source>
        <translation>「{table}」不是有效的資料表名稱(3 到 63 個英文字母與數字,以字母開頭)</translation>
    </message>
    <message>
        <source>the SAS URL is for the table “{url_table}”, not “{table}”</source>
        <translation>此 SAS URL 適用於資料表「{url_table}」,而非「{table}」</translation>
    </message>
    <message>
        <source>this is not a storage connection string (it needs AccountName and AccountKey or SharedAccessSignature)</source>
        <translation>這不是儲存體連接字串(需要 AccountName 與 AccountKey,或 SharedAccessSignature)</translation>
    </message>
    <message>
        <source>there is no table “{table}” in the storage account {account}</source>
        <translation>儲存體帳戶 {account} 中沒有資料表「{table}」</translation>
    </message>
    <message>
        <source>the access token expired on {expired}; make a new SAS URL</source>
        <translation>存取權杖已於 {expired} 到期;請建立新的 SAS URL</translation>
    </message>
    <message>
        <source>the access token does not allow reading the table (it needs the read and query rights)</source>
        <translation>此存取權杖不允許讀取資料表(需要讀取與查詢權限)</translation>
    </message>
    <message>
        <source>the storage account refused the key or token (it may have been revoked, or be for another table)</source>
        <translation>儲存體帳戶拒絕了此金鑰或權杖(可能已撤銷,或屬於其他資料表)</translation>
    </message>
    <message>
        <source>the host {host} was not found (a typo in the account name, or no network)</source>
        <translation>找不到主機 {host}(帳戶名稱拼錯,或沒有網路)</translation>
    </message>
    <message>
        <source>the storage at {host} cannot be reached (offline, or a firewall)</source>
        <translation>無法連線到 {host} 的儲存體(離線或被防火牆阻擋)</translation>
    </message>
    <message>
        <source>the storage service is busy (throttled); trying again later</source>
        <translation>儲存體服務忙碌中(已節流);稍後會再試一次</translation>
    </message>
    <message>
        <source>the storage service answered with an error ({code})</source>
        <translation>儲存體服務回應錯誤({code})</translation>
    </message>
    <message>
        <source>the key for this source is not on this computer; connect it again</source>
        <translation>此來源的金鑰不在這台電腦上;請重新連線</translation>
    </message>
    <message>
        <source>Partner Center leads export</source>
        <translation>合作夥伴中心潛在客戶匯出</translation>
    </message>
    <message>
        <source>Partner Center leads insights download</source>
        <translation>合作夥伴中心潛在客戶深入解析下載</translation>
    </message>
    <message>
        <source>Partner Center co-sell export</source>
        <translation>合作夥伴中心共同銷售匯出</translation>
    </message>
    <message>
        <source>Azure Table (marketplace leads)</source>
        <translation>Azure 資料表（市集潛在客戶）</translation>
    </message>
    <message>
        <source>HTTPS endpoint leads (JSON)</source>
        <translation>HTTPS 端點潛在客戶（JSON）</translation>
    </message>
    <message>
        <source>Salesforce report</source>
        <translation>Salesforce 報表</translation>
    </message>
    <message>
        <source>Salesforce data export</source>
        <translation>Salesforce 資料匯出</translation>
    </message>
    <message>
        <source>Dynamics 365 export</source>
        <translation>Dynamics 365 匯出</translation>
    </message>
    <message>
        <source>Marketo export</source>
        <translation>Marketo 匯出</translation>
    </message>
    <message>
        <source>lead list (columns recognised by name)</source>
        <translation>潛在客戶清單（依名稱辨識欄位）</translation>
    </message>
    <message>
        <source>lead list (columns placed by you)</source>
        <translation>潛在客戶清單（由您指定欄位）</translation>
    </message>
    <message>
        <source>the value was {length:,} characters long; kept its first {limit:,}</source>
        <translation>此值長 {length:,} 個字元;只保留前 {limit:,} 個</translation>
    </message>
    <message>
        <source>the value is not text but {kind}; kept as text</source>
        <translation>此值不是文字而是 {kind};已以文字保留</translation>
    </message>
    <message>
        <source>the value is binary; kept as the text it holds</source>
        <translation>此值為二進位資料;已保留其中的文字</translation>
    </message>
    <message>
        <source>the value is binary ({size:,} bytes); kept as base64</source>
        <translation>此值為二進位資料({size:,} 位元組);已以 base64 保留</translation>
    </message>
    <message>
        <source>the action code “{code}” is not one the marketplace is known to send; the lead is kept with it</source>
        <translation>動作代碼「{code}」不是市集已知會傳送的代碼;仍保留此潛在客戶與該代碼</translation>
    </message>
    <message>
        <source>this is not an email message (.eml or Outlook .msg)</source>
        <translation>這不是電子郵件訊息（.eml 或 Outlook .msg）</translation>
    </message>
    <message>
        <source>the message is larger than {limit} MB</source>
        <translation>訊息大於 {limit} MB</translation>
    </message>
    <message>
        <source>the message&apos;s header block is larger than 1 MB</source>
        <translation>訊息的標頭區塊大於 1 MB</translation>
    </message>
    <message>
        <source>the Outlook message cannot be read ({reason})</source>
        <translation>無法讀取 Outlook 訊息（{reason}）</translation>
    </message>
    <message>
        <source>the message names no sender and no recipient</source>
        <translation>訊息沒有寄件者也沒有收件者</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>無法讀取檔案（{reason}）</translation>
    </message>
    <message>
        <source>“{host}” is not a mail server name</source>
        <translation>「{host}」不是郵件伺服器名稱</translation>
    </message>
    <message>
        <source>a password is only sent without TLS to this computer&apos;s own server; use SSL/TLS (port 993) or STARTTLS (port 143)</source>
        <translation>只有本機自己的伺服器才會以未加密方式傳送密碼；請使用 SSL/TLS（連接埠 993）或 STARTTLS（連接埠 143）</translation>
    </message>
    <message>
        <source>the mail server {host} refused the user name or password (Gmail needs an app password; Microsoft 365 needs “Sign in with Microsoft”)</source>
        <translation>郵件伺服器 {host} 拒絕了使用者名稱或密碼（Gmail 需要應用程式密碼；Microsoft 365 需要「使用 Microsoft 登入」）</translation>
    </message>
    <message>
        <source>the mail server {host} refused the Microsoft sign-in for {user} (expired or withdrawn); sign in again</source>
        <translation>郵件伺服器 {host} 拒絕了 {user} 的 Microsoft 登入（已過期或已撤銷）；請重新登入</translation>
    </message>
    <message>
        <source>the mail server {host} was not found (a typo, or no network)</source>
        <translation>找不到郵件伺服器 {host}（拼錯了，或沒有網路）</translation>
    </message>
    <message>
        <source>the mail server {host} cannot be reached (offline, or a firewall): {reason}</source>
        <translation>無法連線到郵件伺服器 {host}（離線或防火牆）：{reason}</translation>
    </message>
    <message>
        <source>a secure connection to {host} failed ({reason})</source>
        <translation>與 {host} 的安全連線失敗（{reason}）</translation>
    </message>
    <message>
        <source>the mail server {host} answered with an error: {reason}</source>
        <translation>郵件伺服器 {host} 回應錯誤：{reason}</translation>
    </message>
    <message>
        <source>the Microsoft sign-in for {user} is no longer valid; sign in again</source>
        <translation>{user} 的 Microsoft 登入已失效；請重新登入</translation>
    </message>
    <message>
        <source>Microsoft did not sign you in: {reason}</source>
        <translation>Microsoft 未讓您登入：{reason}</translation>
    </message>
    <message>
        <source>Microsoft 365 sign-in needs the application (client) id of an app registration in your organisation</source>
        <translation>Microsoft 365 登入需要您組織中應用程式註冊的應用程式（用戶端）識別碼</translation>
    </message>
    <message>
        <source>another customer (#{other}) has the email {email}</source>
        <translation>另一位客戶（#{other}）已使用電子郵件 {email}</translation>
    </message>
    <message>
        <source>the {field} is longer than {limit} characters</source>
        <translation>{field} 超過 {limit} 個字元</translation>
    </message>
    <message>
        <source>“{value}” is not an email address</source>
        <translation>「{value}」不是電子郵件地址</translation>
    </message>
    <message>
        <source>“{value}” is not a country LeadInbox knows (try its two-letter code, e.g. NL)</source>
        <translation>LeadInbox 不認得「{value}」這個國家（請試試兩個字母的代碼，例如 NL）</translation>
    </message>
    <message>
        <source>give an email or a phone number, so the customer can be answered</source>
        <translation>請提供電子郵件或電話號碼，才能回覆這位客戶</translation>
    </message>
    <message>
        <source>the lead could not be added</source>
        <translation>無法新增這筆潛在客戶</translation>
    </message>
    <message>
        <source>a customer cannot be merged with themselves</source>
        <translation>客戶不能與自己合併</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>標籤不能是空的</translation>
    </message>
    <message>
        <source>a tag is at most {limit} characters</source>
        <translation>標籤最多 {limit} 個字元</translation>
    </message>
    <message>
        <source>a tag cannot hold a comma</source>
        <translation>標籤不能包含逗號</translation>
    </message>
    <message>
        <source>this customer is no longer in LeadInbox (erased or removed by an undone import)</source>
        <translation>這位客戶已不在 LeadInbox 中（已清除，或因匯入被復原而移除）</translation>
    </message>
    <message>
        <source>this customer asked not to be contacted (a Do-not-contact lead); LeadInbox will not email, call or plan attempts for them</source>
        <translation>這位客戶要求不要聯絡（「請勿聯絡」潛在客戶）；LeadInbox 不會寄信、致電或為其規劃聯絡</translation>
    </message>
    <message>
        <source>there is no open lead of this customer to log the reply on</source>
        <translation>這位客戶沒有未結案的潛在客戶可記錄回覆</translation>
    </message>
    <message>
        <source>there is no open lead of this customer to log the attempt on</source>
        <translation>這位客戶沒有未結案的潛在客戶可記錄聯絡</translation>
    </message>
    <message>
        <source>reopen a closed lead before logging the reply on it</source>
        <translation>請先重新開啟已結案的潛在客戶，再記錄回覆</translation>
    </message>
    <message>
        <source>reopen a closed lead before logging the attempt on it</source>
        <translation>請先重新開啟已結案的潛在客戶，再記錄聯絡</translation>
    </message>
    <message>
        <source>some of these leads no longer exist</source>
        <translation>其中有些潛在客戶已不存在</translation>
    </message>
    <message>
        <source>a Do-not-contact lead from the marketplace keeps that status</source>
        <translation>來自 Marketplace 的「請勿聯絡」潛在客戶會保持該狀態</translation>
    </message>
    <message>
        <source>reopen the lead as New first: it is marked Do not contact</source>
        <translation>請先將潛在客戶重新開啟為「新」：它已標記為「請勿聯絡」</translation>
    </message>
    <message>
        <source>the number of days cannot be negative</source>
        <translation>天數不能是負數</translation>
    </message>
    <message>
        <source>the amount must be a number of zero or more</source>
        <translation>金額必須是零或更大的數字</translation>
    </message>
    <message>
        <source>the currency is a three-letter code such as EUR or USD</source>
        <translation>貨幣是三個字母的代碼，例如 EUR 或 USD</translation>
    </message>
    <message>
        <source>only a Won or Qualified lead has a deal value</source>
        <translation>只有「成交」或「符合資格」的潛在客戶才有交易金額</translation>
    </message>
    <message>
        <source>an empty note</source>
        <translation>空白的備註</translation>
    </message>
    <message>
        <source>a call lasts between 5 minutes and a day</source>
        <translation>通話時間須介於 5 分鐘到一天之間</translation>
    </message>
    <message>
        <source>“{name}” ({company}) had no email: joined to the one customer with an email and that name and company</source>
        <translation>「{name}」（{company}）沒有電子郵件：已併入唯一一位有電子郵件且同名同公司的客戶</translation>
    </message>
    <message>
        <source>“{name}” ({company}) has no email, and {count} customers with an email have that name and company: kept as a customer of its own</source>
        <translation>「{name}」（{company}）沒有電子郵件，而有 {count} 位有電子郵件的客戶同名同公司：保留為獨立客戶</translation>
    </message>
    <message>
        <source>offer id “{offer_id}” is paired with “{name}”, the name of offer “{other}”: neither offer is renamed</source>
        <translation>方案 ID「{offer_id}」搭配的名稱是「{name}」，那是方案「{other}」的名稱：兩個方案都不會改名</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>決策權</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時程</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Double-click or press F2 to rename; drag to reorder.</source>
        <translation>按兩下或按 F2 重新命名；拖曳可調整順序。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新條件</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <source>that is the current data folder</source>
        <translation>那就是目前的資料夾</translation>
    </message>
    <message>
        <source>the new folder cannot be inside the current one, nor hold it</source>
        <translation>新資料夾不能位於目前資料夾之內，也不能包含目前資料夾</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or a new folder</source>
        <translation>此資料夾不是空的；請選擇空資料夾或新資料夾</translation>
    </message>
    <message>
        <source>the copy of the database did not check out; nothing was moved</source>
        <translation>資料庫副本檢查未通過；未移動任何資料</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Copy the database and its backups to another folder</source>
        <translation>將資料庫及其備份複製到其他資料夾</translation>
    </message>
    <message>
        <source>The LEADINBOX_DATA_DIR environment variable sets the data folder.</source>
        <translation>資料夾由環境變數 LEADINBOX_DATA_DIR 指定。</translation>
    </message>
    <message>
        <source>This database was opened with --db or LEADINBOX_DB, outside the data folder.</source>
        <translation>此資料庫是以 --db 或 LEADINBOX_DB 開啟的，不在資料夾內。</translation>
    </message>
    <message>
        <source>Move the data folder to</source>
        <translation>將資料夾移至</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Cannot move there: %1.</source>
        <translation>無法移至該處：%1。</translation>
    </message>
    <message>
        <source>Moves to %1 when you click OK; LeadInbox then closes, and works from there when you start it again.</source>
        <translation>按下「確定」後會移至 %1；LeadInbox 隨即關閉，下次啟動時即從該處運作。</translation>
    </message>
    <message>
        <source>An import is running; move the data folder when it has finished.</source>
        <translation>正在匯入中；請在完成後再移動資料夾。</translation>
    </message>
    <message>
        <source>The data folder was not moved: %1</source>
        <translation>資料夾未移動：%1</translation>
    </message>
    <message>
        <source>Your data is now in %1. LeadInbox closes now; start it again to work from there. The old folder %2 is kept until you delete it.</source>
        <translation>您的資料現在位於 %1。LeadInbox 即將關閉；請重新啟動以從該處運作。舊資料夾 %2 會保留，直到您將其刪除。</translation>
    </message>
</context>
<context>
    <name>DatabaseGuard</name>
    <message>
        <source>Could not write the database</source>
        <translation>無法寫入資料庫</translation>
    </message>
    <message>
        <source>LeadInbox is open on %1 in another window: choose another place.</source>
        <translation>另一個 LeadInbox 視窗已開啟 %1：請選擇其他位置。</translation>
    </message>
    <message>
        <source>The database was written to %1; nothing was lost.</source>
        <translation>資料庫已寫入 %1，沒有遺失任何資料。</translation>
    </message>
    <message>
        <source>The database file %1 was deleted or moved while LeadInbox was open.</source>
        <translation>LeadInbox 開啟期間，資料庫檔案 %1 被刪除或移動了。</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while LeadInbox was open.</source>
        <translation>LeadInbox 開啟期間，資料庫檔案 %1 被另一個檔案取代了。</translation>
    </message>
    <message>
        <source>LeadInbox still has your data open, with everything you did since: nothing is lost, and nothing is written until you choose. Write it back there and continue, save it in another place and continue there, or quit (a copy is then kept in the backups folder).</source>
        <translation>LeadInbox 仍開著您的資料，包含之後所做的一切：沒有遺失任何資料，在您選擇之前也不會寫入任何東西。請選擇寫回原處並繼續、另存到其他位置並在那裡繼續，或結束（屆時會在備份資料夾保留一份副本）。</translation>
    </message>
    <message>
        <source>LeadInbox quits</source>
        <translation>LeadInbox 即將結束</translation>
    </message>
    <message>
        <source>A copy of the database as LeadInbox had it is kept as %1. Restore it with File › Restore backup… or `leadinbox restore`.</source>
        <translation>LeadInbox 所持有的資料庫副本已保存為 %1。可用「檔案 › 還原備份…」或 `leadinbox restore` 還原。</translation>
    </message>
    <message>
        <source>The database file is gone</source>
        <translation>資料庫檔案不見了</translation>
    </message>
    <message>
        <source>Write it back</source>
        <translation>寫回原處</translation>
    </message>
    <message>
        <source>Save in another place…</source>
        <translation>另存到其他位置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Save the database</source>
        <translation>儲存資料庫</translation>
    </message>
    <message>
        <source>LeadInbox database (*.sqlite)</source>
        <translation>LeadInbox 資料庫 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Deal value</source>
        <translation>交易金額</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>幣別(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation>移除金額(&amp;R)</translation>
    </message>
    <message>
        <source>The funnel report adds up the value won and the value in the pipeline per offer.</source>
        <translation>漏斗報表會依方案加總已成交金額與進行中的金額。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Every planned attempt was made without a reply.</source>
        <translation>所有排定的嘗試都已完成，但沒有收到回覆。</translation>
    </message>
    <message>
        <source>Close as no response</source>
        <translation>以「無回應」結案</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <source>Copy the email address to the clipboard</source>
        <translation>將電子郵件地址複製到剪貼簿</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>Copy the phone number to the clipboard</source>
        <translation>將電話號碼複製到剪貼簿</translation>
    </message>
    <message>
        <source>Select a customer to see their contact details and timeline.</source>
        <translation>選取客戶以查看其聯絡資料與時間軸。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>colleagues</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Click the company to see its customers together</source>
        <translation>點選公司以一起查看其客戶</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>移除此標籤</translation>
    </message>
    <message>
        <source>+ tag</source>
        <translation>+ 標籤</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s), the last on %1</source>
        <translation>
            <numerusform>%Ln 次嘗試，最近一次在 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works this customer</source>
        <translation>由 %1 負責此客戶</translation>
    </message>
    <message>
        <source>DO NOT CONTACT. This customer asked not to be contacted: LeadInbox will not email, call or plan attempts for them.</source>
        <translation>請勿聯絡。此客戶要求不要聯絡：LeadInbox 不會寄信、撥打電話或為其安排嘗試。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit the contact details (F2); kept over later imports</source>
        <translation>編輯聯絡資料 (F2)；之後的匯入不會覆寫</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offers:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;產品：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>no attempt yet</source>
        <translation>尚未嘗試</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（無名稱）</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you wrote?</source>
        <translation>捨棄您寫的內容？</translation>
    </message>
    <message>
        <source>Close without saving what you wrote?</source>
        <translation>不儲存您寫的內容就關閉？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>繼續撰寫(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>reply overdue %1</source>
        <translation>回覆逾期 %1</translation>
    </message>
    <message>
        <source>attempt overdue %1</source>
        <translation>嘗試逾期 %1</translation>
    </message>
    <message>
        <source>call overdue %1</source>
        <translation>通話逾期 %1</translation>
    </message>
    <message>
        <source>close? no reply</source>
        <translation>結案？無回覆</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>%1 後到期</translation>
    </message>
    <message>
        <source>reply due in %1</source>
        <translation>%1 內回覆</translation>
    </message>
    <message>
        <source>next attempt in %1</source>
        <translation>%1 後下次嘗試</translation>
    </message>
    <message>
        <source>call in %1</source>
        <translation>%1 後通話</translation>
    </message>
    <message>
        <source>close? in %1</source>
        <translation>%1 後結案？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>請勿聯絡</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email %s</source>
        <translation>寄信給 %s</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件者：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主旨(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>在郵件程式中開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Copy s&amp;ubject</source>
        <translation>複製主旨(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>複製文字(&amp;C)</translation>
    </message>
    <message>
        <source>Save as &amp;draft…</source>
        <translation>另存為草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>完成(&amp;N)</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the subject and then the text into a new email in your mail program or webmail, or save the email as a draft that a mail app opens whole.</source>
        <translation>無法開啟任何郵件程式。請先複製主旨、再複製內文，貼到郵件程式或網頁郵件的新郵件中；或將郵件另存為草稿，郵件程式可直接完整開啟。</translation>
    </message>
    <message>
        <source>Your name and signature are not set: Edit › Settings › General.</source>
        <translation>尚未設定您的姓名與簽名：編輯 › 設定 › 一般。</translation>
    </message>
    <message>
        <source>Save email as draft</source>
        <translation>將郵件另存為草稿</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>電子郵件訊息 (*.eml)</translation>
    </message>
    <message>
        <source>Subject copied: paste it into the email&apos;s subject, then copy the text.</source>
        <translation>已複製主旨：請貼到郵件的主旨欄，再複製內文。</translation>
    </message>
    <message>
        <source>Text copied: paste it into the email.</source>
        <translation>已複製內文：請貼到郵件中。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>無法儲存草稿：%1</translation>
    </message>
</context>
<context>
    <name>EmailingMixin</name>
    <message>
        <source>No email address</source>
        <translation>沒有電子郵件地址</translation>
    </message>
    <message>
        <source>This customer has no usable email address.</source>
        <translation>此客戶沒有可用的電子郵件地址。</translation>
    </message>
    <message>
        <source>Draft saved as %1: open it in your mail app to send it.</source>
        <translation>草稿已儲存為 %1：請在郵件程式中開啟後寄出。</translation>
    </message>
    <message>
        <source>Log attempt?</source>
        <translation>記錄嘗試？</translation>
    </message>
    <message>
        <source>Log this email as attempt %d?</source>
        <translation>將這封郵件記錄為第 %d 次嘗試？</translation>
    </message>
    <message>
        <source>Paste the text</source>
        <translation>請貼上內文</translation>
    </message>
    <message>
        <source>This email is too long for a mail link (some mail apps, Outlook among them, cut it off): your mail app opens with the subject only, and the text is on the clipboard. Paste it into the email.</source>
        <translation>這封郵件太長，無法放進郵件連結（部分郵件程式，包括 Outlook，會將它截斷）：郵件程式只會帶入主旨，內文已複製到剪貼簿，請貼到郵件中。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>
&lt;h2&gt;Drop lead files here&lt;/h2&gt;
&lt;p&gt;LeadInbox reads the lead exports of the Microsoft commercial marketplace:&lt;/p&gt;
&lt;p&gt;Partner Center &lt;i&gt;Referrals › Leads › Export&lt;/i&gt; (CSV) · Azure Table &lt;i&gt;MarketplaceLeads&lt;/i&gt; (CSV)&lt;br&gt;
HTTPS endpoint payloads (JSON, JSON Lines) · Dynamics 365 &lt;i&gt;Export to Excel&lt;/i&gt; (XLSX)&lt;br&gt;
Salesforce and Marketo reports (CSV, XLSX)&lt;/p&gt;
&lt;p&gt;Customers who show up in several files become one customer with one timeline.&lt;br&gt;
Everything stays on this computer.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;將潛在客戶檔案拖放到這裡&lt;/h2&gt;
&lt;p&gt;LeadInbox 可讀取 Microsoft 商業市集的潛在客戶匯出檔：&lt;/p&gt;
&lt;p&gt;Partner Center &lt;i&gt;Referrals › Leads › Export&lt;/i&gt;（CSV）· Azure Table &lt;i&gt;MarketplaceLeads&lt;/i&gt;（CSV）&lt;br&gt;
HTTPS 端點資料（JSON、JSON Lines）· Dynamics 365 &lt;i&gt;匯出至 Excel&lt;/i&gt;（XLSX）&lt;br&gt;
Salesforce 與 Marketo 報表（CSV、XLSX）&lt;/p&gt;
&lt;p&gt;出現在多個檔案中的客戶會合併為一位客戶、一條時間軸。&lt;br&gt;
所有資料都留在這台電腦上。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>開啟範例資料</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase person</source>
        <translation>清除個人資料</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>此客戶</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;%s&lt;/b&gt; and everything recorded about them?</source>
        <translation>要清除&lt;b&gt;%s&lt;/b&gt;以及所有關於此人的紀錄嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s), with the rows they were imported from</source>
        <translation>
            <numerusform>%Ln 筆潛在客戶，以及匯入它們的原始資料列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln 次聯絡嘗試</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln 則備註</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned call(s)</source>
        <translation>
            <numerusform>%Ln 通預定通話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln status change(s), and their entry in the search</source>
        <translation>
            <numerusform>%Ln 次狀態變更，以及其搜尋索引項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>their copies in %Ln backup(s) in the data folder</source>
        <translation>
            <numerusform>資料夾中 %Ln 份備份內的副本</numerusform>
        </translation>
    </message>
    <message>
        <source>A one-way code of their email (or name and company) is kept, so importing an old file does not bring them back; the import report counts the rows it skips. Copies outside LeadInbox (exports, your own backups) are not reached.</source>
        <translation>系統會保留其電子郵件（或姓名與公司）的單向代碼，因此匯入舊檔案時不會讓此人重新出現；匯入報告會計算略過的資料列。LeadInbox 以外的副本（匯出檔、您自己的備份）不在清除範圍內。</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>我了解此操作無法復原</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Nothing was changed</source>
        <translation>沒有變更任何資料</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>Something went wrong inside LeadInbox. Your data is safe: nothing was half-written. The details below help us fix it.</source>
        <translation>LeadInbox 內部發生錯誤。您的資料是安全的：沒有任何資料只寫入一半。以下詳細資料可協助我們修正問題。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>匯出潛在客戶</translation>
    </message>
    <message numerus="yes">
        <source>The current view: %Ln lead(s)</source>
        <translation>
            <numerusform>目前檢視：%Ln 筆潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows: %Ln lead(s)</source>
        <translation>
            <numerusform>選取的列：%Ln 筆潛在客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 活頁簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>Dynamics 365 lead import (.csv)</source>
        <translation>Dynamics 365 潛在客戶匯入 (.csv)</translation>
    </message>
    <message>
        <source>Salesforce lead import (.csv)</source>
        <translation>Salesforce 潛在客戶匯入 (.csv)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>取消匯出(&amp;C)</translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation>潛在客戶：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Real dates, a frozen header row and the follow-up history; LeadInbox can import the file again.</source>
        <translation>真正的日期、凍結的標題列與跟進紀錄；LeadInbox 可以再次匯入此檔案。</translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark, so Excel shows accents and Chinese right; LeadInbox can import the file again.</source>
        <translation>含位元組順序標記的 UTF-8，讓 Excel 正確顯示重音符號與中文；LeadInbox 可以再次匯入此檔案。</translation>
    </message>
    <message>
        <source>For Dynamics 365 Sales › Import from CSV: the Lead&apos;s display names, Status Reason, and the follow-up history as the Description.</source>
        <translation>適用於 Dynamics 365 Sales › 從 CSV 匯入：使用潛在客戶的顯示名稱、狀態原因，並將跟進紀錄作為描述。</translation>
    </message>
    <message>
        <source>For Salesforce&apos;s Data Import Wizard: Lead field labels, Lead Status, and the follow-up history as the Description (UTF-8 without a BOM).</source>
        <translation>適用於 Salesforce 資料匯入精靈：使用潛在客戶欄位標籤、潛在客戶狀態，並將跟進紀錄作為描述（不含 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1／%2 筆潛在客戶</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消匯出；未寫入任何檔案。</translation>
    </message>
    <message>
        <source>The export failed; no file was written.
%s</source>
        <translation>匯出失敗；未寫入任何檔案。
%s</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆潛在客戶匯出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Lead id</source>
        <translation>潛在客戶 ID</translation>
    </message>
    <message>
        <source>Created (date)</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State</source>
        <translation>州/省</translation>
    </message>
    <message>
        <source>Lead source (Source-Action|Offer)</source>
        <translation>潛在客戶來源 (Source-Action|Offer)</translation>
    </message>
    <message>
        <source>Action / call to action</source>
        <translation>動作／行動呼籲</translation>
    </message>
    <message>
        <source>Offer name</source>
        <translation>產品名稱</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>產品 ID</translation>
    </message>
    <message>
        <source>Notes / description</source>
        <translation>備註／描述</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, email, phone, company, offer, notes… (press / to search)</source>
        <translation>搜尋名稱、電子郵件、電話、公司、產品、備註…（按 / 開始搜尋）</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任何動作</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>任何來源</translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation>任何產品</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>任何國家/地區</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任何標籤</translation>
    </message>
    <message>
        <source>Show every company again</source>
        <translation>再次顯示所有公司</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>From (lead date)</source>
        <translation>從（潛在客戶日期）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>To (lead date)</source>
        <translation>到（潛在客戶日期）</translation>
    </message>
    <message>
        <source>Hide test leads</source>
        <translation>隱藏測試潛在客戶</translation>
    </message>
    <message>
        <source>Hide do-not-contact</source>
        <translation>隱藏請勿聯絡</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有篩選</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>無人認領</translation>
    </message>
    <message>
        <source>Company: %1 ✕</source>
        <translation>公司：%1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in All – &lt;a href=&apos;all&apos;&gt;show them&lt;/a&gt; (Alt+A)</source>
        <translation>
            <numerusform>「全部」中還有 %Ln 位 – &lt;a href=&apos;all&apos;&gt;顯示&lt;/a&gt; (Alt+A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <source>Log attempt for %1</source>
        <translation>記錄對 %1 的嘗試</translation>
    </message>
    <message>
        <source>Log reply from %1</source>
        <translation>記錄 %1 的回覆</translation>
    </message>
    <message>
        <source>%2 for %1</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Add note for %1</source>
        <translation>為 %1 新增備註</translation>
    </message>
    <message>
        <source>Plan call with %1</source>
        <translation>安排與 %1 的通話</translation>
    </message>
    <message>
        <source>Mark call with %1 done</source>
        <translation>將與 %1 的通話標為完成</translation>
    </message>
    <message>
        <source>Assign owner for %1</source>
        <translation>為 %1 指派負責人</translation>
    </message>
    <message>
        <source>Qualify %1</source>
        <translation>評定 %1 的資格</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %Ln customer(s)</source>
        <translation>
            <numerusform>%1（%Ln 位客戶）</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from today</source>
        <translation>從今天開始</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>標籤 %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除標籤 %1</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>編輯聯絡資料</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合併客戶</translation>
    </message>
    <message>
        <source>Add lead by hand</source>
        <translation>手動新增潛在客戶</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>交易金額</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Do not contact</source>
        <translation>請勿聯絡</translation>
    </message>
    <message>
        <source>This customer asked not to be contacted (a Do-not-contact lead). LeadInbox will not email, call or plan attempts for them.</source>
        <translation>此客戶要求不要被聯絡（「請勿聯絡」潛在客戶）。LeadInbox 不會寄信、撥打電話或為其排定嘗試。</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>無法執行</translation>
    </message>
    <message>
        <source>This customer is no longer in LeadInbox (erased, or removed by an undone import).</source>
        <translation>此客戶已不在 LeadInbox 中（已被清除，或因復原匯入而移除）。</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>沒有未結案的潛在客戶</translation>
    </message>
    <message>
        <source>All leads of this customer are closed. Reopen one to log the reply on it.</source>
        <translation>此客戶的所有潛在客戶皆已結案。請重新開啟其中一筆以記錄回覆。</translation>
    </message>
    <message>
        <source>All leads of this customer are closed. Reopen one to log an attempt on it.</source>
        <translation>此客戶的所有潛在客戶皆已結案。請重新開啟其中一筆以記錄嘗試。</translation>
    </message>
    <message numerus="yes">
        <source>Attempt logged on %Ln lead(s).</source>
        <translation>
            <numerusform>已在 %Ln 筆潛在客戶上記錄嘗試。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close as Lost?</source>
        <translation>以「失敗」結案？</translation>
    </message>
    <message>
        <source>The customer is not reachable or not interested. Close the lead(s) as Lost?</source>
        <translation>客戶無法聯繫或沒有興趣。要將潛在客戶以「失敗」結案嗎？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open lead(s)</source>
        <translation>
            <numerusform>%Ln 筆未結潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do-not-contact customer(s) left out.</source>
        <translation>
            <numerusform>已略過 %Ln 位請勿聯絡的客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an open lead left out.</source>
        <translation>
            <numerusform>已略過 %Ln 位沒有未結案潛在客戶的客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log attempt for %Ln customer(s)</source>
        <translation>
            <numerusform>記錄對 %Ln 位客戶的嘗試</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers are not reachable or not interested. Close their leads as Lost?</source>
        <translation>這些客戶無法聯絡或沒有興趣。要將他們的潛在客戶結案為「失敗」嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Attempt logged for %Ln customer(s).</source>
        <translation>
            <numerusform>已為 %Ln 位客戶記錄嘗試。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do not contact</source>
        <translation>
            <numerusform>%Ln 位請勿聯絡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an open lead</source>
        <translation>
            <numerusform>%Ln 位沒有未結案的潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a phone number</source>
        <translation>
            <numerusform>%Ln 位沒有電話號碼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an email address</source>
        <translation>
            <numerusform>%Ln 位沒有電子郵件地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not ticked</source>
        <translation>
            <numerusform>%Ln 位未勾選</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected customer(s) left out: %1.</source>
        <translation>
            <numerusform>已略過 %Ln 位選取的客戶：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the reasons customers were left out</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Reply recorded on %Ln lead(s).</source>
        <translation>
            <numerusform>已在 %Ln 筆潛在客戶上記錄回覆。</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>沒有電話號碼</translation>
    </message>
    <message>
        <source>This customer has no phone number.</source>
        <translation>此客戶沒有電話號碼。</translation>
    </message>
    <message>
        <source>No phone app</source>
        <translation>沒有電話程式</translation>
    </message>
    <message>
        <source>No app for phone calls could be opened. Dial %1 yourself; then log how the call went.</source>
        <translation>無法開啟撥打電話的程式。請自行撥打 %1，然後記錄通話結果。</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>沒有可變更的項目</translation>
    </message>
    <message>
        <source>No lead of this customer can be moved to %s.</source>
        <translation>此客戶沒有任何潛在客戶可以移至「%s」。</translation>
    </message>
    <message>
        <source>This customer asked not to be contacted. Mark their leads as Contacted anyway?</source>
        <translation>此客戶要求不要聯絡。仍要將其潛在客戶標示為已聯絡嗎？</translation>
    </message>
    <message>
        <source>Do not contact?</source>
        <translation>請勿聯絡？</translation>
    </message>
    <message>
        <source>Mark this customer as Do not contact? LeadInbox will then refuse to email, call or plan attempts for them (Ctrl+Z undoes it).</source>
        <translation>要將此客戶標示為「請勿聯絡」嗎？之後 LeadInbox 將拒絕寄信、撥打電話或為其排定嘗試（按 Ctrl+Z 可復原）。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>已將 %Ln 筆潛在客戶移至「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Note (searchable, kept with the customer; Ctrl+Enter saves):</source>
        <translation>備註（可搜尋，與客戶一起保存；按 Ctrl+Enter 儲存）：</translation>
    </message>
</context>
<context>
    <name>FollowUpBar</name>
    <message>
        <source>Email</source>
        <translation>寄信</translation>
    </message>
    <message>
        <source>Write from a template (E)</source>
        <translation>從範本撰寫 (E)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Call with your phone app (C)</source>
        <translation>用電話應用程式撥打 (C)</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>記錄嘗試</translation>
    </message>
    <message>
        <source>Log an email or call (A)</source>
        <translation>記錄一封郵件或一通電話 (A)</translation>
    </message>
    <message>
        <source>Plan call</source>
        <translation>排定通話</translation>
    </message>
    <message>
        <source>Schedule a call or meeting (P)</source>
        <translation>排定通話或會議 (P)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add a note (N)</source>
        <translation>新增備註 (N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Move, close or reopen (S)</source>
        <translation>移動、結案或重新開啟 (S)</translation>
    </message>
    <message>
        <source>Reopen as New</source>
        <translation>重新開啟為「新」</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers selected: Status, Log attempt and Plan call act on all of them.</source>
        <translation>
            <numerusform>已選取 %Ln 位客戶：「狀態」、「記錄嘗試」與「排定通話」會套用到所有選取的客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not contact: this customer asked not to be contacted.</source>
        <translation>請勿聯絡：此客戶要求不要被聯絡。</translation>
    </message>
</context>
<context>
    <name>FollowUpController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>撥打電話(&amp;C)</translation>
    </message>
    <message>
        <source>Log &amp;attempt…</source>
        <translation>記錄嘗試(&amp;A)…</translation>
    </message>
    <message>
        <source>Log &amp;reply</source>
        <translation>記錄回覆(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Plan call…</source>
        <translation>排定通話(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>新增備註(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Qualify…</source>
        <translation>評定資格(&amp;Q)…</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>標示為成交(&amp;W)</translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation>標示為失敗(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新開啟(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>寄送郵件(&amp;M)…</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已復原：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>C&amp;hange status…</source>
        <translation>變更狀態(&amp;H)…</translation>
    </message>
    <message>
        <source>Clo&amp;se, no response</source>
        <translation>結案，無回應(&amp;S)</translation>
    </message>
    <message>
        <source>Ass&amp;ign owner…</source>
        <translation>指派負責人(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Do not contact…</source>
        <translation>請勿聯絡(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customers)</source>
        <translation>
            <numerusform>%1（%Ln 位客戶）</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not contact: this customer asked not to be contacted.</source>
        <translation>請勿聯絡：此客戶要求不要聯絡。</translation>
    </message>
    <message>
        <source>This customer has no email address.</source>
        <translation>此客戶沒有電子郵件地址。</translation>
    </message>
    <message>
        <source>This customer has no phone number.</source>
        <translation>此客戶沒有電話號碼。</translation>
    </message>
    <message>
        <source>Another program changed the database; earlier steps can no longer be undone.</source>
        <translation>其他程式已變更資料庫，之前的步驟無法再復原。</translation>
    </message>
    <message>
        <source>%s – %s due</source>
        <translation>%s – %s 項到期</translation>
    </message>
    <message>
        <source>%s is due: %s</source>
        <translation>%s 已到期：%s</translation>
    </message>
    <message>
        <source>first reply</source>
        <translation>首次回覆</translation>
    </message>
    <message>
        <source>next attempt</source>
        <translation>下次嘗試</translation>
    </message>
    <message>
        <source>planned call</source>
        <translation>排定的通話</translation>
    </message>
    <message>
        <source>close?</source>
        <translation>結案？</translation>
    </message>
    <message>
        <source>%s customers have a reply, attempt or call due.</source>
        <translation>有 %s 位客戶的回覆、嘗試或通話已到期。</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPage</name>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Count weekends</source>
        <translation>計入週末</translation>
    </message>
    <message>
        <source>Unticked, Saturday and Sunday do not run the clocks.</source>
        <translation>取消勾選時，週六與週日不計時。</translation>
    </message>
    <message>
        <source>The days after the first attempt on which each attempt is due.</source>
        <translation>每次嘗試在第一次嘗試後第幾天到期。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>First reply &amp;within:</source>
        <translation>首次回覆期限(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Attempts on days:</source>
        <translation>嘗試日(&amp;A)：</translation>
    </message>
    <message>
        <source>Propose closing &amp;after:</source>
        <translation>建議結案時間(&amp;A)：</translation>
    </message>
    <message>
        <source>…without a reply to the last planned attempt.</source>
        <translation>…最後一次排定的嘗試後仍無回覆。</translation>
    </message>
    <message>
        <source>Response and cadence</source>
        <translation>回應與聯繫節奏</translation>
    </message>
    <message>
        <source>Qualification criteria</source>
        <translation>資格條件</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>電子郵件範本</translation>
    </message>
    <message>
        <source>Write the attempt days as whole numbers separated by commas, for example 0, 2, 5, 9, 14.</source>
        <translation>請以逗號分隔的整數填寫嘗試日，例如 0, 2, 5, 9, 14。</translation>
    </message>
    <message>
        <source>An attempt can be planned at most %d days after the first.</source>
        <translation>嘗試最多只能排在第一次嘗試後 %d 天內。</translation>
    </message>
    <message>
        <source>The first attempt is on day 0 and each later day comes after the one before, for example 0, 2, 5, 9, 14.</source>
        <translation>第一次嘗試在第 0 天，之後每一天都必須晚於前一天，例如 0, 2, 5, 9, 14。</translation>
    </message>
    <message>
        <source>One attempt in total.</source>
        <translation>總共一次嘗試。</translation>
    </message>
    <message>
        <source>%s attempts in total.</source>
        <translation>總共 %s 次嘗試。</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>e.g. Sam Lee</source>
        <translation>例如 Sam Lee</translation>
    </message>
    <message>
        <source>Sam Lee
Contoso Software · +31 20 555 0100</source>
        <translation>Sam Lee
Contoso Software · +886 2 5555 0100</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Email &amp;signature:</source>
        <translation>電子郵件簽名(&amp;S)：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系統預設（%1）</translation>
    </message>
    <message>
        <source>LeadInbox speaks the new language from its next start.</source>
        <translation>LeadInbox 會在下次啟動時使用新的語言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>everything whose reply, attempt or call is due now.</source>
        <translation>所有回覆、嘗試或通話現在已到期的項目。</translation>
    </message>
    <message>
        <source>new leads nobody has answered yet. Microsoft expects an answer within 24 hours.</source>
        <translation>尚未有人回覆的新潛在客戶。Microsoft 期望在 24 小時內回覆。</translation>
    </message>
    <message>
        <source>customers with a follow-up due before the end of today.</source>
        <translation>今天結束前有跟進到期的客戶。</translation>
    </message>
    <message>
        <source>customers you are staying in touch with.</source>
        <translation>您持續保持聯繫的客戶。</translation>
    </message>
    <message>
        <source>every customer.</source>
        <translation>所有客戶。</translation>
    </message>
    <message>
        <source>won, lost and closed without a response; they can be reopened.</source>
        <translation>成交、失敗及無回應結案的客戶；可以重新開啟。</translation>
    </message>
    <message>
        <source>customers who asked not to be contacted.</source>
        <translation>要求不要被聯絡的客戶。</translation>
    </message>
    <message>
        <source>they asked you to contact them, often with a message.</source>
        <translation>他們請您與其聯絡，通常附有留言。</translation>
    </message>
    <message>
        <source>they tried your test drive.</source>
        <translation>他們試用了您的試用體驗。</translation>
    </message>
    <message>
        <source>they installed or started a free trial.</source>
        <translation>他們已安裝或開始免費試用。</translation>
    </message>
    <message>
        <source>they created your offer in the Azure portal, to use it: the strongest signal.</source>
        <translation>他們在 Azure 入口網站中建立了您的產品以便使用：最強烈的訊號。</translation>
    </message>
    <message>
        <source>do not contact them. Microsoft passed the lead on for information only; LeadInbox disables the copy and email buttons.</source>
        <translation>請勿與其聯絡。Microsoft 僅為告知而轉交此潛在客戶；LeadInbox 會停用複製與寄信按鈕。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>快速入門</translation>
    </message>
    <message>
        <source>1. Drop your lead files</source>
        <translation>1. 拖放潛在客戶檔案</translation>
    </message>
    <message>
        <source>Export your leads from Partner Center (Referrals › Leads › Export), Azure Table storage, Dynamics 365, Salesforce or Marketo, and drop the files or their folder anywhere on the window. File › Import… (Ctrl+O) does the same. Try File › Open sample data first if you have no export at hand.</source>
        <translation>從 Partner Center（Referrals › Leads › Export）、Azure 表格儲存體、Dynamics 365、Salesforce 或 Marketo 匯出潛在客戶，然後將檔案或其資料夾拖放到視窗任何位置。「檔案 › 匯入…」（Ctrl+O）的作用相同。如果手邊沒有匯出檔，可以先試試「檔案 › 開啟範例資料」。</translation>
    </message>
    <message>
        <source>A customer who appears in several files becomes one customer with one timeline. Importing the same file twice adds nothing, and File › Import history undoes an import.</source>
        <translation>出現在多個檔案中的客戶會合併為一位客戶、一條時間軸。重複匯入同一個檔案不會新增任何資料，而「檔案 › 匯入紀錄」可以復原匯入。</translation>
    </message>
    <message>
        <source>2. Pick a view</source>
        <translation>2. 選擇檢視</translation>
    </message>
    <message>
        <source>Type in the search box (/ or Ctrl+F) to find a name, email, phone number, company, offer or note; the filters next to it narrow the list by action, source, offer, country and date.</source>
        <translation>在搜尋方塊（/ 或 Ctrl+F）中輸入文字，即可尋找名稱、電子郵件、電話號碼、公司、產品或備註；旁邊的篩選可依動作、來源、產品、國家/地區與日期縮小清單。</translation>
    </message>
    <message>
        <source>3. Read the badges</source>
        <translation>3. 解讀標籤</translation>
    </message>
    <message>
        <source>Each customer shows the badges of all their leads, strongest intent first:</source>
        <translation>每位客戶會顯示其所有潛在客戶的標籤，意向最強的排在最前面：</translation>
    </message>
    <message>
        <source>4. Follow up</source>
        <translation>4. 跟進</translation>
    </message>
    <message>
        <source>The Follow-up column counts down to the next thing to do: the first reply, the next attempt or a planned call. Overdue items are shown in orange. Select a customer to see their contact details and timeline on the right, and email, call or log an attempt from there; LeadInbox plans the next attempt for you and stops as soon as the customer replies.</source>
        <translation>「跟進」欄會倒數下一件要做的事：首次回覆、下一次嘗試或排定的通話。逾期項目以橘色顯示。選取客戶即可在右側查看其聯絡資料與時間軸，並從那裡寄信、撥打電話或記錄嘗試；LeadInbox 會為您排定下一次嘗試，並在客戶回覆後立即停止。</translation>
    </message>
    <message>
        <source>Help › Keyboard shortcuts lists the keys that move you through the inbox.</source>
        <translation>「說明 › 鍵盤快速鍵」列出在收件匣中移動所用的按鍵。</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>快速入門</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>新潛在客戶</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>匯入紀錄</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>復原此次匯入</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>已於 %1 復原</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>Backing up the database, then removing the leads that %1 added…</source>
        <translation>正在備份資料庫，接著移除 %1 新增的潛在客戶…</translation>
    </message>
    <message>
        <source>This import is no longer in the history.</source>
        <translation>此次匯入已不在匯入紀錄中。</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>此次匯入已經復原過了。</translation>
    </message>
    <message>
        <source>This import added no new leads, so there is nothing to undo.</source>
        <translation>此次匯入沒有新增任何潛在客戶，因此沒有可復原的內容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its leads have been worked on since you were asked; nothing was removed. Choose Undo again to see whose work would be lost.</source>
        <translation>
            <numerusform>在詢問你之後，其中有 %Ln 筆潛在客戶已被處理；沒有移除任何資料。請再次選擇復原，查看哪些客戶的處理紀錄會遺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>This import cannot be undone.</source>
        <translation>此次匯入無法復原。</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <source>An import is running: undo when it has finished.</source>
        <translation>正在匯入：請在匯入完成後再復原。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import lead files</source>
        <translation>匯入潛在客戶檔案</translation>
    </message>
    <message>
        <source>Lead files (%1);;All files (*)</source>
        <translation>潛在客戶檔案 (%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open sample data</source>
        <translation>開啟範例資料</translation>
    </message>
    <message>
        <source>Add the demo leads to your database?</source>
        <translation>要將示範潛在客戶加入你的資料庫嗎？</translation>
    </message>
    <message>
        <source>The sample files hold made-up leads. They go into the database you work in, beside your own leads:
%1

You can remove them again in File › Import history: undo the import of each sample file.</source>
        <translation>範例檔案中是虛構的潛在客戶。它們會加入你正在使用的資料庫，與你自己的潛在客戶放在一起：
%1

之後可在「檔案 › 匯入紀錄」中移除：逐一復原每個範例檔案的匯入。</translation>
    </message>
    <message>
        <source>Add demo leads</source>
        <translation>加入示範潛在客戶</translation>
    </message>
    <message>
        <source>Nothing to import: drop CSV, Excel or JSON lead files.</source>
        <translation>沒有可匯入的內容：請拖放 CSV、Excel 或 JSON 潛在客戶檔案。</translation>
    </message>
    <message>
        <source>These files are imported as soon as the last import&apos;s leads are searchable.</source>
        <translation>上一次匯入的潛在客戶可供搜尋後，便會匯入這些檔案。</translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it has finished.</source>
        <translation>正在匯入中；請在完成後再拖放檔案。</translation>
    </message>
    <message>
        <source>LeadInbox is saving a change; drop the files again when it has finished.</source>
        <translation>LeadInbox 正在儲存變更；請在完成後再拖放檔案。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 個檔案，共 %2 個：%3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>Reading rows… %1</source>
        <translation>正在讀取資料列… %1</translation>
    </message>
    <message>
        <source>Finding duplicates…</source>
        <translation>正在尋找重複項目…</translation>
    </message>
    <message>
        <source>Updating customers…</source>
        <translation>正在更新客戶…</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>正在建立搜尋索引…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>The new leads are in the list; search finds them in a moment.</source>
        <translation>新潛在客戶已在清單中；稍後即可搜尋到。</translation>
    </message>
    <message>
        <source>Making new leads searchable…</source>
        <translation>正在讓新潛在客戶可供搜尋…</translation>
    </message>
    <message>
        <source>Search not updated</source>
        <translation>搜尋未更新</translation>
    </message>
    <message>
        <source>The leads are imported and shown, but they could not be made searchable:

%1

LeadInbox tries again the next time it opens this database.</source>
        <translation>潛在客戶已匯入並顯示，但無法讓它們可供搜尋：

%1

LeadInbox 下次開啟此資料庫時會再試一次。</translation>
    </message>
    <message>
        <source>Search is up to date.</source>
        <translation>搜尋已是最新狀態。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消匯入；未做任何變更。</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation>匯入失敗；未做任何變更。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未匯入任何資料。

%1</translation>
    </message>
    <message>
        <source>%1. File › Import history to undo.</source>
        <translation>%1。可從「檔案 › 匯入紀錄」復原。</translation>
    </message>
    <message>
        <source>Nothing imported from %1: its columns were not mapped.</source>
        <translation>未從 %1 匯入任何資料：尚未對應其欄位。</translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 undone: %Ln lead(s) removed.</source>
        <translation>
            <numerusform>已復原 %1 的匯入：移除了 %Ln 筆潛在客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it was before is kept as a backup (File › Restore backup…).</source>
        <translation>復原前的資料庫已保留為備份（檔案 › 還原備份…）。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>新潛在客戶</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>已拒絕的列</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) of %1 were already in LeadInbox</source>
        <translation>
            <numerusform>%1 的 %Ln 筆潛在客戶都已在 LeadInbox 中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) of these files were already in LeadInbox</source>
        <translation>
            <numerusform>這些檔案的 %Ln 筆潛在客戶都已在 LeadInbox 中</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未匯入任何內容</translation>
    </message>
    <message>
        <source>Updated leads</source>
        <translation>已補充的潛在客戶</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Filled in known leads</source>
        <translation>已補充既有潛在客戶</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>沒有新資料</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>沒有可匯入的內容</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new lead(s)</source>
        <translation>
            <numerusform>已匯入 %Ln 筆新潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln new customer(s))</source>
        <translation>
            <numerusform>（%Ln 位新客戶）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln file(s) refused</source>
        <translation>
            <numerusform>；%Ln 個檔案遭拒絕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) of erased people skipped</source>
        <translation>
            <numerusform>；已略過 %Ln 筆已清除人員的資料列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) (%1) of %2 were already in LeadInbox</source>
        <translation>
            <numerusform>%2 的 %Ln 筆潛在客戶（%1）都已在 LeadInbox 中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) (%1) of these files were already in LeadInbox</source>
        <translation>
            <numerusform>這些檔案的 %Ln 筆潛在客戶（%1）都已在 LeadInbox 中</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒絕：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Imported, but</source>
        <translation>已匯入，但</translation>
    </message>
    <message numerus="yes">
        <source>Imported with a warning (%Ln):</source>
        <translation>
            <numerusform>已匯入但有警告（%Ln）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>略過原因</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message numerus="yes">
        <source>Rejected rows (%Ln):</source>
        <translation>
            <numerusform>已拒絕的列（%Ln）：</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>沒有任何列遭拒絕。</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>儲存匯入報告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（無名稱）</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>無電子郵件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s); the last on %1</source>
        <translation>
            <numerusform>%Ln 次嘗試；最近一次在 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>No customer matches “%1”. Esc clears the search.</source>
        <translation>沒有符合「%1」的客戶。按 Esc 清除搜尋。</translation>
    </message>
    <message>
        <source>Nothing is due right now.</source>
        <translation>目前沒有到期的事項。</translation>
    </message>
    <message>
        <source>Every lead has had its first reply.</source>
        <translation>每個潛在客戶都已收到首次回覆。</translation>
    </message>
    <message>
        <source>Nothing more is due today.</source>
        <translation>今天沒有其他到期的事項。</translation>
    </message>
    <message>
        <source>No conversation in progress: a reply or a booked meeting brings a lead here.</source>
        <translation>沒有進行中的對話：客戶回覆或預約會議後，潛在客戶會出現在這裡。</translation>
    </message>
    <message>
        <source>No closed leads yet: won, lost and no-response leads are listed here.</source>
        <translation>尚無已結案的潛在客戶：成交、失去及無回應的潛在客戶會列在這裡。</translation>
    </message>
    <message>
        <source>Nobody asked not to be contacted.</source>
        <translation>沒有人要求不要聯絡。</translation>
    </message>
    <message>
        <source>No customer matches these filters. Reset clears them.</source>
        <translation>沒有符合這些篩選條件的客戶。按「重設」清除篩選。</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>Lead sources</source>
        <translation>潛在客戶來源</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s)</source>
        <translation>
            <numerusform>%Ln 個新的潛在客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>no action</source>
        <translation>無動作</translation>
    </message>
    <message>
        <source>Leads pulled %1</source>
        <translation>已於 %1 擷取潛在客戶</translation>
    </message>
    <message>
        <source>storage busy since %1</source>
        <translation>儲存體自 %1 起忙碌中</translation>
    </message>
    <message>
        <source>lead source needs attention (Settings › Lead sources) since %1</source>
        <translation>潛在客戶來源自 %1 起需要處理(設定 › 潛在客戶來源)</translation>
    </message>
    <message>
        <source>storage not reachable since %1</source>
        <translation>儲存體自 %1 起無法連線</translation>
    </message>
</context>
<context>
    <name>LeadSourcesPage</name>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Key kept in</source>
        <translation>金鑰存放於</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>上次讀取</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>權杖到期</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>中斷連線(&amp;D)</translation>
    </message>
    <message>
        <source>No lead source is connected: LeadInbox opens no network connection.</source>
        <translation>尚未連接任何潛在客戶來源:LeadInbox 不會開啟任何網路連線。</translation>
    </message>
    <message>
        <source>Read-only SAS URL (recommended)</source>
        <translation>唯讀 SAS URL(建議)</translation>
    </message>
    <message>
        <source>Connection string (grants full access to the account)</source>
        <translation>連接字串(可完全存取帳戶)</translation>
    </message>
    <message>
        <source>&amp;Test and connect</source>
        <translation>測試並連線(&amp;T)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to make a read-only SAS URL&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open the storage account whose connection string you gave Partner Center (Marketplace offers › your offer › Offer setup › Customer leads).&lt;/li&gt;&lt;li&gt;In Azure Storage Explorer, right-click the table &lt;i&gt;MarketplaceLeads&lt;/i&gt; › Get Shared Access Signature…&lt;/li&gt;&lt;li&gt;Set an expiry time (say a year from today) and tick &lt;b&gt;Query&lt;/b&gt; only: no Add, Update or Delete.&lt;/li&gt;&lt;li&gt;Create, copy the URL and paste it below.&lt;/li&gt;&lt;/ol&gt;In the Azure portal: the storage account › Shared access signature, services &lt;i&gt;Table&lt;/i&gt;, resource type &lt;i&gt;Object&lt;/i&gt;, permission &lt;i&gt;Read&lt;/i&gt; only, an end date; copy the &lt;i&gt;Table service SAS URL&lt;/i&gt;.</source>
        <translation>&lt;b&gt;如何建立唯讀 SAS URL&lt;/b&gt;&lt;ol&gt;&lt;li&gt;開啟您提供連接字串給 Partner Center 的儲存體帳戶(Marketplace offers › 您的供應項目 › Offer setup › Customer leads)。&lt;/li&gt;&lt;li&gt;在 Azure Storage Explorer 中,以滑鼠右鍵按一下資料表 &lt;i&gt;MarketplaceLeads&lt;/i&gt; › Get Shared Access Signature…&lt;/li&gt;&lt;li&gt;設定到期時間(例如一年後),並只勾選 &lt;b&gt;Query&lt;/b&gt;:不要勾選 Add、Update 或 Delete。&lt;/li&gt;&lt;li&gt;按 Create,複製 URL 並貼到下方。&lt;/li&gt;&lt;/ol&gt;在 Azure 入口網站:儲存體帳戶 › Shared access signature,服務選 &lt;i&gt;Table&lt;/i&gt;,資源類型選 &lt;i&gt;Object&lt;/i&gt;,權限只選 &lt;i&gt;Read&lt;/i&gt;,並設定結束日期;複製 &lt;i&gt;Table service SAS URL&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型:</translation>
    </message>
    <message>
        <source>URL or connection string:</source>
        <translation>URL 或連接字串:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>資料表:</translation>
    </message>
    <message>
        <source>Connect the marketplace&apos;s Azure Table</source>
        <translation>連接市集的 Azure 資料表</translation>
    </message>
    <message>
        <source>Pull new leads every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>while LeadInbox is open (and on F5)</source>
        <translation>在 LeadInbox 開啟時擷取新的潛在客戶(也可按 F5)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>系統金鑰圈</translation>
    </message>
    <message>
        <source>a file only you can read</source>
        <translation>只有您能讀取的檔案</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>遺失</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>正在嘗試 %1…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>無法連線:%1</translation>
    </message>
    <message>
        <source>Connected %1. New leads are pulled in the background.</source>
        <translation>已連線 %1。新的潛在客戶會在背景擷取。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未連線:%1</translation>
    </message>
    <message>
        <source>Disconnected %1: its key is forgotten; the leads it brought stay.</source>
        <translation>已中斷 %1 的連線:其金鑰已刪除;帶進來的潛在客戶會保留。</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>Log email “%1”</source>
        <translation>記錄郵件「%1」</translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>reading mail…</source>
        <translation>正在讀取郵件…</translation>
    </message>
    <message>
        <source>Read &amp;mail now</source>
        <translation>立即讀取郵件(&amp;M)</translation>
    </message>
    <message>
        <source>An import is running: drop the emails again when it is done.</source>
        <translation>正在匯入：完成後請再次拖放郵件。</translation>
    </message>
    <message numerus="yes">
        <source>Log %Ln email(s)</source>
        <translation>
            <numerusform>記錄 %Ln 封郵件</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Outlook handed over only the first of the %1 messages you dragged. Drag them one at a time, or save them (File › Save As) and drop the files.</source>
        <translation>Outlook 只交出您拖曳的 %1 封郵件中的第一封。請一次拖曳一封，或先儲存（檔案 › 另存新檔）再拖放檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln email attempt(s) logged</source>
        <translation>
            <numerusform>已記錄 %Ln 次郵件嘗試</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s) logged</source>
        <translation>
            <numerusform>已記錄 %Ln 則回覆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already logged</source>
        <translation>
            <numerusform>%Ln 封已記錄過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to a do-not-contact customer (marked, not logged)</source>
        <translation>
            <numerusform>%Ln 封寄給要求勿聯絡的客戶（已標示，未記錄）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a customer</source>
        <translation>
            <numerusform>%Ln 封沒有對應客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>not an email: %1</source>
        <translation>不是郵件：%1</translation>
    </message>
    <message>
        <source>%1: %2; trying again at %3</source>
        <translation>%1：%2；將於 %3 重試</translation>
    </message>
    <message>
        <source>mailbox not read yet</source>
        <translation>尚未讀取信箱</translation>
    </message>
    <message>
        <source>mail read %1</source>
        <translation>已於 %1 讀取郵件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged</source>
        <translation>
            <numerusform>已記錄 %Ln 封</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>信箱</translation>
    </message>
</context>
<context>
    <name>MailboxPage</name>
    <message>
        <source>Read now</source>
        <translation>立即讀取</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>中斷連線</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Another provider (password)</source>
        <translation>其他服務商（密碼）</translation>
    </message>
    <message>
        <source>Gmail (app password)</source>
        <translation>Gmail（應用程式密碼）</translation>
    </message>
    <message>
        <source>Microsoft 365 (sign in with Microsoft)</source>
        <translation>Microsoft 365（使用 Microsoft 登入）</translation>
    </message>
    <message>
        <source>e.g. imap.example.com</source>
        <translation>例如 imap.example.com</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (a server on this computer)</source>
        <translation>無（本機上的伺服器）</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登入</translation>
    </message>
    <message>
        <source>Connect a mailbox</source>
        <translation>連線信箱</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>帳戶(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全性：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Application (&amp;client) id:</source>
        <translation>應用程式（用戶端）識別碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Keep the text of logged emails (otherwise only who, when and the subject)</source>
        <translation>保留已記錄郵件的內文（否則只保留寄件者、時間與主旨）(&amp;K)</translation>
    </message>
    <message>
        <source>LeadInbox only reads: it never moves, flags, deletes or sends a message. The password or sign-in is kept in the system keyring, else in a file only you can read; never in the database or its backups.</source>
        <translation>LeadInbox 只讀取：絕不移動、標記、刪除或寄出任何郵件。密碼或登入資訊保存在系統金鑰圈中，否則保存在只有您能讀取的檔案中；絕不存入資料庫或其備份。</translation>
    </message>
    <message>
        <source>Your provider&apos;s IMAP server, user name and password (SSL/TLS on port 993, or STARTTLS on 143).</source>
        <translation>您服務商的 IMAP 伺服器、使用者名稱與密碼（SSL/TLS 使用連接埠 993，或 STARTTLS 使用 143）。</translation>
    </message>
    <message>
        <source>Gmail does not take your normal password here: turn on 2-Step Verification, then make an app password (Google account › Security › App passwords) and paste it below. IMAP must be on in Gmail&apos;s settings.</source>
        <translation>Gmail 在此不接受一般密碼：請開啟兩步驟驗證，再建立應用程式密碼（Google 帳戶 › 安全性 › 應用程式密碼）並貼在下方。Gmail 設定中必須啟用 IMAP。</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses passwords over IMAP. Your administrator registers an app in Microsoft Entra ID (a public client with the delegated permission IMAP.AccessAsUser.All, “Allow public client flows” on) and gives you its application (client) id. You then sign in in your browser with a code.</source>
        <translation>Microsoft 365 不接受透過 IMAP 使用密碼。請由系統管理員在 Microsoft Entra ID 註冊應用程式（公用用戶端，委派權限 IMAP.AccessAsUser.All，並開啟「允許公用用戶端流程」），再提供其應用程式（用戶端）識別碼給您。之後您在瀏覽器中以代碼登入。</translation>
    </message>
    <message>
        <source>Sign in and connect…</source>
        <translation>登入並連線…</translation>
    </message>
    <message>
        <source>No mailbox is connected: LeadInbox makes no connection.</source>
        <translation>未連線任何信箱：LeadInbox 不會建立任何連線。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>%1 at %2: last read %3</source>
        <translation>%1（%2）：上次讀取 %3</translation>
    </message>
    <message>
        <source>; last logged mail %1</source>
        <translation>；上次記錄郵件 %1</translation>
    </message>
    <message>
        <source>Last try failed: %1</source>
        <translation>上次嘗試失敗：%1</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>正在嘗試 %1…</translation>
    </message>
    <message>
        <source>Connected. Its inbox and sent folder are read now and every few minutes.</source>
        <translation>已連線。現在及之後每隔幾分鐘會讀取其收件匣與寄件備份。</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>正在向 Microsoft 取得登入代碼…</translation>
    </message>
    <message>
        <source>Open &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;; this page waits until you have signed in.</source>
        <translation>請開啟 &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; 並輸入代碼 &lt;b&gt;%2&lt;/b&gt;；此頁面會等到您完成登入。</translation>
    </message>
    <message>
        <source>Disconnected: the password or sign-in is forgotten; the mail it logged stays on the timelines.</source>
        <translation>已中斷連線：密碼或登入資訊已刪除；已記錄的郵件仍保留在時間軸上。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;sample data…</source>
        <translation>開啟範例資料(&amp;S)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>匯入紀錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>清除搜尋(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>潛在客戶(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>儲存目前檢視(&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;ull new leads</source>
        <translation>擷取新的潛在客戶(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>報表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>快速入門(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About LeadInbox</source>
        <translation>關於 LeadInbox(&amp;A)</translation>
    </message>
    <message>
        <source>Read only: the database file cannot be written.</source>
        <translation>唯讀：無法寫入資料庫檔案。</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>LeadInbox cannot write to its database (%1): the file is read-only. You can look at your leads, but nothing you change can be saved until the file is writable again.</source>
        <translation>LeadInbox 無法寫入其資料庫（%1）：檔案為唯讀。您可以檢視潛在客戶，但在檔案恢復可寫入之前，您所做的任何變更都無法儲存。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>New follow-up rules: %s open leads replanned.</source>
        <translation>新的跟進規則：已重新排定 %s 筆未結案的潛在客戶。</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation>對應 %1 的欄位</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>(row %1 cannot be read: %2)</source>
        <translation>（第 %1 列無法讀取：%2）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>LeadInbox did not recognise this file&apos;s layout. Choose what each column holds; the choice is remembered for files with the same columns.</source>
        <translation>LeadInbox 無法辨識此檔案的格式。請選擇每一欄的內容；具有相同欄位的檔案會記住此選擇。</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column (%2): choose it for one only.</source>
        <translation>「%1」被指定給多個欄位（%2）：請只指定給一個欄位。</translation>
    </message>
    <message>
        <source>Choose at least the column with the email or the name.</source>
        <translation>請至少選擇含有電子郵件或名稱的欄位。</translation>
    </message>
    <message>
        <source>No column holds the %1: the leads sort as arriving today.</source>
        <translation>沒有欄位對應「%1」：潛在客戶會視為今天到達來排序。</translation>
    </message>
    <message>
        <source>No column holds the %1 or the %2: the leads get no action badge.</source>
        <translation>沒有欄位對應「%1」或「%2」：潛在客戶不會有動作標籤。</translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <source>LeadInbox is already open on this database (process %d), but did not answer. Switch to its window; if it hangs, close it and start LeadInbox again.</source>
        <translation>LeadInbox 已開啟此資料庫（處理程序 %d），但沒有回應。請切換到該視窗；如果它沒有反應，請關閉後重新啟動 LeadInbox。</translation>
    </message>
    <message>
        <source>LeadInbox is already open on this database, but did not answer. Switch to its window; if it hangs, close it and start LeadInbox again.</source>
        <translation>LeadInbox 已開啟此資料庫，但沒有回應。請切換到該視窗；如果它沒有反應，請關閉後重新啟動 LeadInbox。</translation>
    </message>
    <message>
        <source>LeadInbox cannot open its database:

%s

There is no backup to restore in %s. The file has been left as it is. Start LeadInbox with --db pointing to another file to begin a new database.</source>
        <translation>LeadInbox 無法開啟資料庫：

%s

%s 中沒有可還原的備份。該檔案保持原樣。若要建立新的資料庫，請以 --db 指定另一個檔案來啟動 LeadInbox。</translation>
    </message>
    <message>
        <source>LeadInbox cannot open its database:

%s

The newest good backup is from %s (%s customers, %s leads). Restore it? The unreadable file is kept in the backups folder.</source>
        <translation>LeadInbox 無法開啟資料庫：

%s

最新的完好備份建立於 %s（%s 位客戶、%s 筆潛在客戶）。要還原嗎？無法讀取的檔案會保留在備份資料夾中。</translation>
    </message>
    <message>
        <source>The backup could not be restored:

%s</source>
        <translation>無法還原備份：

%s</translation>
    </message>
    <message>
        <source>The database file %1 does not exist: it was moved, renamed or deleted. Its backups folder still has backups; the newest good one is from %2 (%3 customers, %4 leads).

Restore that backup, start with an empty database, or quit (to put the file back yourself first)?</source>
        <translation>資料庫檔案 %1 不存在：它已被移動、重新命名或刪除。其備份資料夾中仍有備份；最新的完好備份來自 %2（%3 位客戶，%4 筆潛在客戶）。

要還原該備份、以空白資料庫開始，還是結束（先自行把檔案放回原處）？</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>以空白開始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>OriginalRowDialog</name>
    <message>
        <source>Original row</source>
        <translation>原始資料列</translation>
    </message>
    <message>
        <source>Row %1 of %2, imported %3</source>
        <translation>%2 的第 %1 列，匯入於 %3</translation>
    </message>
    <message>
        <source>From %2, imported %3</source>
        <translation>來自 %2，匯入於 %3</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部複製</translation>
    </message>
    <message>
        <source>Do not contact: this customer&apos;s details cannot be copied</source>
        <translation>請勿聯絡：無法複製此客戶的資料</translation>
    </message>
</context>
<context>
    <name>PlanningMixin</name>
    <message>
        <source>Add to calendar?</source>
        <translation>加入行事曆？</translation>
    </message>
    <message>
        <source>Also save this call as a calendar invitation (an .ics file) and open it in your calendar app?</source>
        <translation>也要將這次通話儲存為行事曆邀請（.ics 檔案），並在行事曆程式中開啟嗎？</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <source>Invitation saved as %1.</source>
        <translation>邀請已儲存為 %1。</translation>
    </message>
    <message>
        <source>No calendar app</source>
        <translation>沒有行事曆程式</translation>
    </message>
    <message>
        <source>The invitation was saved as %1, but no calendar app could open it. Import that file in your calendar (most have File › Import), or open it from your file manager.</source>
        <translation>邀請已儲存為 %1，但沒有行事曆程式能開啟它。請在行事曆中匯入該檔案（多數在「檔案 › 匯入」），或從檔案管理員開啟。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan call for %Ln customer(s)</source>
        <translation>
            <numerusform>為 %Ln 位客戶安排通話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls planned for %Ln customer(s), one after the other.</source>
        <translation>
            <numerusform>已為 %Ln 位客戶依序安排通話。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do-not-contact customer(s) left out.</source>
        <translation>
            <numerusform>已略過 %Ln 位請勿聯絡的客戶。</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>請勿聯絡</translation>
    </message>
    <message>
        <source>This customer cannot be qualified: they asked not to be contacted (a Do-not-contact lead).</source>
        <translation>無法評定此客戶的資格：對方已要求不要被聯絡（「請勿聯絡」潛在客戶）。</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>沒有未結案的潛在客戶</translation>
    </message>
    <message>
        <source>Reopen a lead before qualifying it.</source>
        <translation>請先重新開啟潛在客戶再評定資格。</translation>
    </message>
    <message>
        <source>There is no open lead to assign.</source>
        <translation>沒有可指派的未結案潛在客戶。</translation>
    </message>
    <message numerus="yes">
        <source>Assign owner for %Ln customer(s)</source>
        <translation>
            <numerusform>為 %Ln 位客戶指派負責人</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign owner for %1</source>
        <translation>為 %1 指派負責人</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your data</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>備份：</translation>
    </message>
    <message>
        <source>Only you can read these files. LeadInbox opens no network connection; email and calls go through your own apps.</source>
        <translation>只有您能讀取這些檔案。LeadInbox 不會建立任何網路連線；電子郵件和通話都透過您自己的應用程式進行。</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>還原備份…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Erase leads older than</source>
        <translation>清除早於此期限的潛在客戶：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Erase them now…</source>
        <translation>立即清除…</translation>
    </message>
    <message>
        <source>reads new leads from %1</source>
        <translation>從 %1 讀取新潛在客戶</translation>
    </message>
    <message>
        <source>reads the mailbox %1</source>
        <translation>讀取信箱 %1</translation>
    </message>
    <message>
        <source>sends and fetches the team&apos;s work through %1</source>
        <translation>透過 %1 傳送與取得團隊的工作</translation>
    </message>
    <message>
        <source>Only you can read these files. LeadInbox connects only to what you connected: it %1. Nothing else leaves this computer; email and calls go through your own apps.</source>
        <translation>只有您能讀取這些檔案。LeadInbox 只連線到您連接的項目：它%1。其他資料都不會離開這台電腦；電子郵件與通話透過您自己的應用程式。</translation>
    </message>
    <message>
        <source>Backups kept: %s, the newest from %s.</source>
        <translation>已保留備份：%s 份，最新一份建立於 %s。</translation>
    </message>
    <message>
        <source>No backups yet: the first is made today.</source>
        <translation>尚無備份：今天會建立第一份。</translation>
    </message>
    <message>
        <source>Now this would erase %s leads, and %s customers who have no newer lead.</source>
        <translation>目前這會清除 %s 筆潛在客戶，以及 %s 位沒有較新潛在客戶的客戶。</translation>
    </message>
    <message>
        <source>LeadInbox applies it once a day, after the daily backup. Backups made before keep those leads until they are rotated out (at most five weeks).</source>
        <translation>LeadInbox 每天在每日備份之後套用一次。先前建立的備份會保留這些潛在客戶，直到備份被輪替淘汰（最多五週）。</translation>
    </message>
    <message>
        <source>Off: leads are kept until you erase them. Partner Center keeps leads for 6 months.</source>
        <translation>關閉：潛在客戶會一直保留，直到您清除為止。Partner Center 會保留潛在客戶 6 個月。</translation>
    </message>
    <message>
        <source>Erase old leads</source>
        <translation>清除舊的潛在客戶</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was erased.

%1</source>
        <translation>無法建立備份，因此未清除任何資料。

%1</translation>
    </message>
    <message>
        <source>Erase %s leads that arrived before %s, and %s customers left without leads?

This happens at once: Cancel in Settings does not undo it. A backup is made first, so File › Restore backup… can bring them back.</source>
        <translation>要清除 %s 筆在 %s 之前收到的潛在客戶，以及 %s 位因此沒有潛在客戶的客戶嗎？

這會立即執行：在「設定」中按「取消」無法復原。系統會先建立備份，因此可以用「檔案 › 還原備份…」把它們找回來。</translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <source>Mark qualified</source>
        <translation>標示為符合資格</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>資格評定</translation>
    </message>
    <message>
        <source>Which of your qualification criteria does this lead meet?</source>
        <translation>此潛在客戶符合您的哪些資格條件？</translation>
    </message>
    <message>
        <source>%s (no longer one of your criteria)</source>
        <translation>%s（已不是您的條件之一）</translation>
    </message>
    <message>
        <source>Untick to forget it for this lead.</source>
        <translation>取消勾選即可在此潛在客戶中移除。</translation>
    </message>
    <message>
        <source>&amp;Mark qualified</source>
        <translation>標示為符合資格(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>You have no qualification criteria yet; define them in Settings › Follow-up.</source>
        <translation>您尚未設定資格條件；請在「設定 › 跟進」中定義。</translation>
    </message>
    <message>
        <source>Still open: %s</source>
        <translation>尚未符合：%s</translation>
    </message>
    <message>
        <source>You can mark the lead qualified anyway.</source>
        <translation>您仍可將此潛在客戶標示為符合資格。</translation>
    </message>
    <message>
        <source>All criteria are met.</source>
        <translation>已符合所有條件。</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>An import is running: quit and lose it?</source>
        <translation>正在匯入：要結束並放棄這次匯入嗎？</translation>
    </message>
    <message>
        <source>Nothing of this import is kept when LeadInbox quits now; you can import the files again later.</source>
        <translation>現在結束 LeadInbox 不會保留這次匯入的任何資料；您之後可以再次匯入這些檔案。</translation>
    </message>
    <message>
        <source>Quit LeadInbox</source>
        <translation>結束 LeadInbox</translation>
    </message>
    <message>
        <source>Quit and lose the import</source>
        <translation>結束並放棄匯入</translation>
    </message>
    <message>
        <source>Keep importing</source>
        <translation>繼續匯入</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>%s: numbers</source>
        <translation>%s：數字</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>將圖表儲存為 PNG…</translation>
    </message>
    <message>
        <source>Save %s as PNG</source>
        <translation>將 %s 儲存為 PNG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No leads in this period.</source>
        <translation>此期間沒有潛在客戶。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 小時</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 小時</translation>
    </message>
    <message>
        <source>4–8 h</source>
        <translation>4–8 小時</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 小時</translation>
    </message>
    <message>
        <source>1–2 days</source>
        <translation>1–2 天</translation>
    </message>
    <message>
        <source>2–7 days</source>
        <translation>2–7 天</translation>
    </message>
    <message>
        <source>&gt; 7 days</source>
        <translation>&gt; 7 天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more attempts</source>
        <translation>
            <numerusform>%Ln 次以上嘗試</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln 次聯絡嘗試</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads per week, by action</source>
        <translation>每週潛在客戶（依動作）</translation>
    </message>
    <message>
        <source>Funnel: New → Contacted → Qualified → Won</source>
        <translation>漏斗：新 → 已聯繫 → 符合資格 → 成交</translation>
    </message>
    <message>
        <source>First response within the SLA, per week</source>
        <translation>每週在 SLA 內首次回應</translation>
    </message>
    <message>
        <source>Time to the first response</source>
        <translation>首次回應所需時間</translation>
    </message>
    <message>
        <source>Attempts needed before a reply</source>
        <translation>收到回覆前所需的嘗試次數</translation>
    </message>
    <message>
        <source>Top offers</source>
        <translation>熱門產品</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>熱門國家/地區</translation>
    </message>
    <message>
        <source>No first response was due in this period.</source>
        <translation>此期間沒有到期的首次回應。</translation>
    </message>
    <message>
        <source>No lead was answered or overdue in this period.</source>
        <translation>此期間沒有已回覆或逾期的潛在客戶。</translation>
    </message>
    <message>
        <source>No lead has replied in this period.</source>
        <translation>此期間沒有潛在客戶回覆。</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>%s leads in %s weeks</source>
        <translation>共 %s 筆潛在客戶，為期 %s 週</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已聯繫</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>無回應</translation>
    </message>
    <message>
        <source>Won %s of new leads; do-not-contact leads left out: %s</source>
        <translation>新潛在客戶成交率 %s；已排除的請勿聯絡潛在客戶：%s</translation>
    </message>
    <message>
        <source>Do not contact (left out)</source>
        <translation>請勿聯絡（已排除）</translation>
    </message>
    <message>
        <source>Deal value per offer</source>
        <translation>各方案交易金額</translation>
    </message>
    <message>
        <source>In the pipeline</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>(no offer)</source>
        <translation>（無方案）</translation>
    </message>
    <message>
        <source>value won %s</source>
        <translation>成交金額 %s</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Of previous</source>
        <translation>占前一階段</translation>
    </message>
    <message>
        <source>Of new</source>
        <translation>占新</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>符合 SLA</translation>
    </message>
    <message>
        <source>%s answered within the first-response time overall</source>
        <translation>整體有 %s 在首次回應時限內回覆</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回覆</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%s h</source>
        <translation>%s 小時</translation>
    </message>
    <message>
        <source>%s days</source>
        <translation>%s 天</translation>
    </message>
    <message>
        <source>Median %s; green: within a day</source>
        <translation>中位數 %s；綠色：一天內</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>%s closed without a reply, %s of them before the %s planned attempts were made</source>
        <translation>%s 筆未獲回覆即結案，其中 %s 筆在完成 %s 次排定嘗試前就結案</translation>
    </message>
    <message>
        <source>Replied, in all</source>
        <translation>已回覆（全部）</translation>
    </message>
    <message>
        <source>Closed without a reply</source>
        <translation>未獲回覆即結案</translation>
    </message>
    <message>
        <source>… before the cadence was spent</source>
        <translation>… 在聯繫節奏結束前</translation>
    </message>
    <message>
        <source>Before the reply</source>
        <translation>回覆前</translation>
    </message>
    <message>
        <source>%s leads; %s outside the top %s</source>
        <translation>%s 筆潛在客戶；%s 筆在前 %s 名之外</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Counting…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Dates as in the inbox</source>
        <translation>日期同收件匣</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 週</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>最近 13 週</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>最近 26 週</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>最近 52 週</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Source as in the inbox</source>
        <translation>來源同收件匣</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>任何來源</translation>
    </message>
    <message>
        <source>Inbox&apos;s other filters too</source>
        <translation>也套用收件匣的其他篩選</translation>
    </message>
    <message>
        <source>Count only the leads the inbox&apos;s action, country, owner, test-lead and do-not-contact filters let through</source>
        <translation>只計算通過收件匣動作、國家/地區、負責人、測試潛在客戶與請勿聯絡篩選的潛在客戶</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>Offer as in the inbox</source>
        <translation>產品同收件匣</translation>
    </message>
    <message>
        <source>Any offer</source>
        <translation>任何產品</translation>
    </message>
    <message>
        <source>Leads from %s to %s</source>
        <translation>%s 至 %s 的潛在客戶</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Leads of all dates</source>
        <translation>所有日期的潛在客戶</translation>
    </message>
    <message>
        <source>offer %s</source>
        <translation>產品 %s</translation>
    </message>
    <message>
        <source>source %s</source>
        <translation>來源 %s</translation>
    </message>
    <message>
        <source>action %s</source>
        <translation>動作 %s</translation>
    </message>
    <message>
        <source>country %s</source>
        <translation>國家/地區 %s</translation>
    </message>
    <message>
        <source>owner %s</source>
        <translation>負責人 %s</translation>
    </message>
    <message>
        <source>me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>test leads hidden</source>
        <translation>已隱藏測試潛在客戶</translation>
    </message>
    <message>
        <source>test leads included</source>
        <translation>已包含測試潛在客戶</translation>
    </message>
    <message>
        <source>do-not-contact customers hidden</source>
        <translation>已隱藏請勿聯絡客戶</translation>
    </message>
    <message>
        <source>. Weeks start on Monday (UTC).</source>
        <translation>。每週從週一開始（UTC）。</translation>
    </message>
    <message>
        <source>The reports could not be counted: %s</source>
        <translation>無法計算報表：%s</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>LeadInbox – Reports</source>
        <translation>LeadInbox – 報表</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>由您備份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>還原之前</translation>
    </message>
    <message>
        <source>Before an undone import</source>
        <translation>復原匯入之前</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>更新之前</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>還原…</translation>
    </message>
    <message>
        <source>Backups are kept in %s: one a day for a week, then one a week for four weeks, and a copy before every update or restore.</source>
        <translation>備份保存在 %s：一週內每天一份，之後四週內每週一份，並在每次更新或還原之前各保留一份副本。</translation>
    </message>
    <message>
        <source>No backups yet. LeadInbox makes one each day it runs, and File › Back up now makes one at once.</source>
        <translation>尚無備份。LeadInbox 每天執行時會建立一份，「檔案 › 立即備份」可立刻建立一份。</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>可讀取</translation>
    </message>
    <message>
        <source>Replace the current database (%s customers, %s leads) with the backup of %s (%s customers, %s leads)?

The current database is backed up first, so this can be undone by restoring that copy. People you erased since the backup stay erased.</source>
        <translation>要以備份取代目前的資料庫（%s 位客戶、%s 筆潛在客戶）嗎？備份建立於 %s（%s 位客戶、%s 筆潛在客戶）。

系統會先備份目前的資料庫，因此可以還原該副本來復原此操作。自該備份以來您清除的人員仍會保持清除狀態。</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Backed up to %s.</source>
        <translation>已備份至 %s。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>還原備份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>清除個人資料(&amp;E)…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>An import is running: restore when it has finished.</source>
        <translation>正在匯入：請在匯入完成後再還原。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Restoring the backup of %s…</source>
        <translation>正在還原 %s 的備份…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>還原失敗</translation>
    </message>
    <message>
        <source>Restored the backup of %s; the database as it was is in %s.</source>
        <translation>已還原 %s 的備份；原本的資料庫保存在 %s。</translation>
    </message>
    <message>
        <source>Backups and privacy</source>
        <translation>備份與隱私</translation>
    </message>
    <message>
        <source>An import is running: erase when it has finished.</source>
        <translation>正在匯入：請在匯入完成後再清除。</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>清除個人資料</translation>
    </message>
    <message>
        <source>Erasing %s and everything recorded about them…</source>
        <translation>正在清除 %s 及其所有記錄…</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>此客戶</translation>
    </message>
    <message>
        <source>Erase failed</source>
        <translation>清除失敗</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) could not be changed (damaged, read-only, or a full disk) and still hold this person. Fix that and run “leadinbox erase %1”, or delete them from %2.</source>
        <translation>
            <numerusform>有 %Ln 份備份無法修改（已損毀、唯讀或磁碟已滿），仍含有此人的資料。請排除問題後執行「leadinbox erase %1」，或從 %2 刪除這些備份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full. The person is erased and no search finds them, but their words stay in unused parts of the search index until LeadInbox can rewrite it. Free some space: LeadInbox rewrites the index the next time it starts.</source>
        <translation>磁碟已滿。此人已清除，搜尋也找不到他們，但在 LeadInbox 能重寫搜尋索引之前，他們的字詞仍留在索引未使用的部分。請釋放一些空間：LeadInbox 會在下次啟動時重寫索引。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln 筆潛在客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln 次聯絡嘗試</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln 則備註</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation>已清除：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of what was erased</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Removed from %Ln backup(s).</source>
        <translation>
            <numerusform>已從 %Ln 份備份中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention: erased %Ln lead(s) older than %1.</source>
        <translation>
            <numerusform>保存期限：已清除 %Ln 筆超過 %1的潛在客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>資料庫已損毀</translation>
    </message>
    <message>
        <source>SQLite found damage in the database (%s). No backup was made of it, so your good backups are kept. Use File › Restore backup… to restore the newest good one; the database as it is now is kept in the backups folder first.</source>
        <translation>SQLite 在資料庫中發現損毀（%s）。系統沒有為它建立備份，因此您完好的備份都會保留。請使用「檔案 › 還原備份…」還原最新的完好備份；目前的資料庫會先保存在備份資料夾中。</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <source>Name for the current search, filters and sort:</source>
        <translation>為目前的搜尋、篩選與排序命名：</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>刪除檢視</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? Its search, filters and sort cannot be brought back.</source>
        <translation>要刪除已儲存的檢視「%1」嗎？它的搜尋、篩選與排序將無法復原。</translation>
    </message>
</context>
<context>
    <name>ScheduleCallDialog</name>
    <message>
        <source>Plan a call – %s</source>
        <translation>排定通話 – %s</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d 分鐘</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Agenda, dial-in, who joins (optional)</source>
        <translation>議程、撥入資訊、與會者（選填）</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>時長(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>排定(&amp;P)</translation>
    </message>
    <message>
        <source>Meeting with %s</source>
        <translation>與 %s 開會</translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation>與 %s 通話</translation>
    </message>
    <message>
        <source>Time zone: %1 (%2)</source>
        <translation>時區：%1（%2）</translation>
    </message>
    <message>
        <source>This time has already passed: pick a later one.</source>
        <translation>此時間已過：請選擇較晚的時間。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>↓ or Enter</source>
        <translation>↓ 或 Enter</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>從搜尋框移到結果</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Show a search&apos;s matches in the other views too</source>
        <translation>也顯示其他檢視中符合搜尋的項目</translation>
    </message>
    <message>
        <source>↑ ↓ or J K</source>
        <translation>↑ ↓ 或 J K</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>在收件匣中移動</translation>
    </message>
    <message>
        <source>→ ←</source>
        <translation>→ ←</translation>
    </message>
    <message>
        <source>Expand / collapse a customer</source>
        <translation>展開／摺疊客戶</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the customer (expand and show details)</source>
        <translation>開啟客戶（展開並顯示詳細資料）</translation>
    </message>
    <message>
        <source>Shift+F10 or Menu</source>
        <translation>Shift+F10 或 Menu</translation>
    </message>
    <message>
        <source>The Lead menu for the current row</source>
        <translation>目前這一列的「潛在客戶」選單</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>StartFromTodayDialog</name>
    <message>
        <source>Start from today</source>
        <translation>從今天開始</translation>
    </message>
    <message>
        <source>Leads that came in before you used LeadInbox were probably answered elsewhere. Treat the unanswered ones older than a number of days as handled, so that Due now shows what is really due. Nothing is deleted, and Ctrl+Z undoes it.</source>
        <translation>在使用 LeadInbox 之前進來的潛在客戶，可能已在其他地方回覆。將超過指定天數的未回覆項目視為已處理，讓「現在到期」只顯示真正到期的項目。不會刪除任何資料，Ctrl+Z 可復原。</translation>
    </message>
    <message numerus="yes">
        <source>Treat the unanswered leads of the %Ln selected customer(s) that are older than a number of days as handled. Nothing is deleted, and Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>將 %Ln 位選取客戶中超過指定天數的未回覆潛在客戶視為已處理。不會刪除任何資料，Ctrl+Z 可復原。</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Unanswered leads older than</source>
        <translation>未回覆且超過</translation>
    </message>
    <message>
        <source>&amp;Close them as “handled before LeadInbox”</source>
        <translation>以「LeadInbox 之前已處理」結案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restart their first-response clock from now</source>
        <translation>從現在重新啟動首次回覆時限(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unanswered lead(s) older than that,</source>
        <translation>
            <numerusform>%Ln 筆未回覆的潛在客戶超過此天數，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln customer(s).</source>
        <translation>
            <numerusform>屬於 %Ln 位客戶。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>LeadInbox is already open on this database: its window was brought to the front and imports the files.</source>
        <translation>LeadInbox 已開啟此資料庫：已將其視窗移至最前方，並匯入這些檔案。</translation>
    </message>
    <message>
        <source>LeadInbox is already open on this database: its window was brought to the front.</source>
        <translation>LeadInbox 已開啟此資料庫：已將其視窗移至最前方。</translation>
    </message>
    <message>
        <source>the database file is damaged (%s)</source>
        <translation>資料庫檔案已損毀（%s）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已聯繫</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>培養中</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Closed – no response</source>
        <translation>已結案 – 無回應</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>請勿聯絡</translation>
    </message>
    <message>
        <source>Test lead</source>
        <translation>測試潛在客戶</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln 筆潛在客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message numerus="yes">
        <source>%Ln customer(s) handed to %1</source>
        <translation>
            <numerusform>已將 %Ln 位客戶轉交給 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You work %Ln customer(s) now</source>
        <translation>
            <numerusform>您現在負責 %Ln 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) released</source>
        <translation>
            <numerusform>已釋出 %Ln 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not changed</source>
        <translation>
            <numerusform>另有 %Ln 位未變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: %Ln change(s) made at the same time on two desks; the later was kept (%1&apos;s)</source>
        <translation>
            <numerusform>團隊：兩個工作站同時做了 %Ln 項變更；保留較晚的（%1 的）</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message numerus="yes">
        <source>Team: %Ln change(s) not sent yet</source>
        <translation>
            <numerusform>團隊：%Ln 項變更尚未傳送</numerusform>
        </translation>
    </message>
    <message>
        <source>Team synced %1</source>
        <translation>團隊已於 %1 同步</translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation>團隊：尚未同步</translation>
    </message>
    <message>
        <source>team storage needs attention (Settings › Team) since %1</source>
        <translation>團隊儲存空間自 %1 起需要處理（設定 › 團隊）</translation>
    </message>
    <message>
        <source>team storage not reachable since %1</source>
        <translation>團隊儲存空間自 %1 起無法連線</translation>
    </message>
    <message>
        <source>%1 took this customer at %2</source>
        <translation>%1 已於 %2 認領此客戶</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Team wor&amp;k</source>
        <translation>團隊工作(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Claim (make it mine)</source>
        <translation>認領（由我負責）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>釋出(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hand to another desk…</source>
        <translation>轉交給其他工作站…(&amp;H)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>釋出</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>認領</translation>
    </message>
    <message>
        <source>Stop working this customer (Shift+M)</source>
        <translation>不再負責此客戶 (Shift+M)</translation>
    </message>
    <message>
        <source>Work this customer: checked with the team at once (M)</source>
        <translation>負責此客戶：立即向團隊確認 (M)</translation>
    </message>
    <message>
        <source>No other desk of the team is known yet: sync first.</source>
        <translation>尚不知道團隊的其他工作站：請先同步。</translation>
    </message>
    <message>
        <source>Hand to another desk</source>
        <translation>轉交給其他工作站</translation>
    </message>
    <message>
        <source>Who works this customer from now on:</source>
        <translation>從現在起由誰負責此客戶：</translation>
    </message>
    <message>
        <source>Nothing changed: the team&apos;s storage cannot be used (%1).</source>
        <translation>未變更任何內容：無法使用團隊的儲存空間（%1）。</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>未變更任何內容：%1</translation>
    </message>
    <message>
        <source>%1 works this customer, not you</source>
        <translation>此客戶由 %1 負責，不是您</translation>
    </message>
    <message>
        <source>you do not work this customer</source>
        <translation>您並未負責此客戶</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>This desk is on no team: nothing is shared and no connection is opened.</source>
        <translation>此工作站不屬於任何團隊：不分享任何內容，也不開啟連線。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leave team…</source>
        <translation>離開團隊…(&amp;L)</translation>
    </message>
    <message>
        <source>Team table:</source>
        <translation>團隊資料表：</translation>
    </message>
    <message>
        <source>This desk:</source>
        <translation>此工作站：</translation>
    </message>
    <message>
        <source>Key kept in:</source>
        <translation>金鑰保存於：</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Not sent yet:</source>
        <translation>尚未傳送：</translation>
    </message>
    <message>
        <source>Desks:</source>
        <translation>工作站：</translation>
    </message>
    <message>
        <source>and a few seconds after each shared change</source>
        <translation>以及每次共享變更後的幾秒內</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>同步間隔：</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>SAS URL of the team table (recommended)</source>
        <translation>團隊資料表的 SAS URL（建議）</translation>
    </message>
    <message>
        <source>Connection string (grants full access to the account)</source>
        <translation>連接字串（可完整存取帳戶）</translation>
    </message>
    <message>
        <source>e.g. Ana</source>
        <translation>例如 Ana</translation>
    </message>
    <message>
        <source>&amp;Test and join</source>
        <translation>測試並加入(&amp;T)</translation>
    </message>
    <message>
        <source>Desks of one team share who works which customer and what was done, through a table of its own in your storage account (say &lt;i&gt;LeadInboxTeam&lt;/i&gt;). Make a SAS for that table with &lt;b&gt;Query, Add, Update and Delete&lt;/b&gt; and an expiry (Storage Explorer: right-click the table › Get Shared Access Signature…). Notes and contact details travel to that table, in your own account; its keys never hold an email or a name.</source>
        <translation>同一團隊的工作站透過您儲存體帳戶中專用的資料表（例如 &lt;i&gt;LeadInboxTeam&lt;/i&gt;），分享誰負責哪位客戶以及做了什麼。為該資料表建立具有 &lt;b&gt;Query、Add、Update 與 Delete&lt;/b&gt; 權限及到期日的 SAS（Storage Explorer：在資料表上按右鍵 › Get Shared Access Signature…）。備註與聯絡資料會傳到該資料表，位於您自己的帳戶；其索引鍵從不包含電子郵件或姓名。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>URL or connection string:</source>
        <translation>URL 或連接字串：</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>資料表：</translation>
    </message>
    <message>
        <source>This desk&apos;s name:</source>
        <translation>此工作站的名稱：</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>加入團隊</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>系統金鑰圈</translation>
    </message>
    <message>
        <source>a file only you can read (not the database)</source>
        <translation>只有您能讀取的檔案（不是資料庫）</translation>
    </message>
    <message>
        <source>missing: join again to give it</source>
        <translation>遺失：請重新加入以提供</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>last try %1 failed: %2</source>
        <translation>上次嘗試 %1 失敗：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln 項變更</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing: every change was sent</source>
        <translation>無：所有變更都已傳送</translation>
    </message>
    <message>
        <source>Not joined: give this desk a name (unique in the team).</source>
        <translation>未加入：請為此工作站命名（在團隊中不可重複）。</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>未加入：%1</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>正在嘗試 %1…</translation>
    </message>
    <message>
        <source>Not joined: another desk of this team is already called “%1”; pick another name.</source>
        <translation>未加入：此團隊已有工作站名為「%1」；請選擇其他名稱。</translation>
    </message>
    <message>
        <source>Joined as “%1”. The team&apos;s work is fetched now, and every few minutes.</source>
        <translation>已以「%1」加入。現在並每隔幾分鐘取得團隊的工作。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Sent %1, applied %2 from other desks.</source>
        <translation>已傳送 %1 項，套用其他工作站的 %2 項。</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>未同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>Left the team. Everything stays on this desk; %Ln change(s) not sent were dropped.</source>
        <translation>
            <numerusform>已離開團隊。所有資料都留在此工作站；捨棄了 %Ln 項未傳送的變更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left the team. Everything stays on this desk.</source>
        <translation>已離開團隊。所有資料都留在此工作站。</translation>
    </message>
    <message>
        <source>Leave team</source>
        <translation>離開團隊</translation>
    </message>
    <message>
        <source>Leave the team as “%1”?

Everything stays on this desk: the leads, your work and what the other desks shared. Nothing more is sent or fetched, the team&apos;s key is forgotten, and changes not sent yet are not sent. The other desks keep what you shared.</source>
        <translation>以「%1」的身分離開團隊？

所有資料都留在此工作站：潛在客戶、您的工作以及其他工作站分享的內容。不再傳送或取得任何內容，團隊金鑰會被遺忘，尚未傳送的變更也不會傳送。其他工作站保留您分享過的內容。</translation>
    </message>
</context>
<context>
    <name>TemplatesEditor</name>
    <message>
        <source>Contact me</source>
        <translation>與我聯絡</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>試用體驗</translation>
    </message>
    <message>
        <source>Get it now / free trial</source>
        <translation>立即取得／免費試用</translation>
    </message>
    <message>
        <source>Azure portal create</source>
        <translation>在 Azure 入口網站建立</translation>
    </message>
    <message>
        <source>Follow-up for attempt 2, 3, …</source>
        <translation>第 2、3… 次嘗試的跟進</translation>
    </message>
    <message>
        <source>After the customer replied</source>
        <translation>客戶回覆之後</translation>
    </message>
    <message>
        <source>After a call was booked</source>
        <translation>已預約通話之後</translation>
    </message>
    <message>
        <source>The customer&apos;s first name (else their full name, or “there”)</source>
        <translation>客戶的名字（若無則用全名，或「先生／小姐」）</translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>客戶的全名</translation>
    </message>
    <message>
        <source>The customer&apos;s company (“your team” without one)</source>
        <translation>客戶的公司（若無則為「貴公司」）</translation>
    </message>
    <message>
        <source>The offer the lead came from</source>
        <translation>潛在客戶來源的產品</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your signature (your name without one)</source>
        <translation>您的簽名（若無則用姓名）</translation>
    </message>
    <message>
        <source>What the customer wrote (Contact me), quoted and shortened; its line is left out when they wrote nothing</source>
        <translation>客戶在「與我聯絡」中寫的內容，引用並縮短；客戶未填寫時整行省略</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>還原預設值(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>範本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主旨(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>內文(&amp;B)：</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>預覽：</translation>
    </message>
    <message>
        <source>An email is written in the customer&apos;s language (the one set on them, else their country&apos;s). A template you change is used as you wrote it, for everyone.</source>
        <translation>郵件會以客戶的語言撰寫（客戶設定的語言，否則依其國家）。您修改過的範本會照您寫的內容用於所有客戶。</translation>
    </message>
    <message>
        <source>%s (edited)</source>
        <translation>%s（已編輯）</translation>
    </message>
    <message>
        <source>Subject: %s</source>
        <translation>主旨：%s</translation>
    </message>
    <message>
        <source>A brace { or } is not closed: the email would be sent exactly as written, without the placeholders filled in.</source>
        <translation>有未閉合的大括號 { 或 }：郵件會完全照原樣寄出，不會填入預留位置。</translation>
    </message>
    <message>
        <source>Unknown placeholder: %s.</source>
        <translation>未知的預留位置：%s。</translation>
    </message>
    <message>
        <source>Unknown placeholders: %s.</source>
        <translation>未知的預留位置：%s。</translation>
    </message>
    <message>
        <source>Use one of the placeholders above; the preview shows what would be sent.</source>
        <translation>請使用上方的預留位置之一；預覽會顯示實際寄出的內容。</translation>
    </message>
    <message>
        <source>%1 is not filled in: a placeholder is only a name in braces, such as {first_name}, without dots, brackets, ! or :. It stays in the email as written.</source>
        <translation>%1 不會被填入：預留位置只能是大括號中的名稱，例如 {first_name}，不可含有點、方括號、! 或 :。它會照原樣留在郵件中。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>from</source>
        <translation>來自</translation>
    </message>
    <message>
        <source>original row</source>
        <translation>原始資料列</translation>
    </message>
    <message>
        <source>Date “%1” could not be read; the lead is dated by its import</source>
        <translation>無法讀取日期「%1」；此潛在客戶以匯入時間為日期</translation>
    </message>
    <message>
        <source>Country “%1” could not be read; kept as written</source>
        <translation>無法讀取國家/地區「%1」；依原文保留</translation>
    </message>
    <message>
        <source>Phone “%1” could not be read; kept as written</source>
        <translation>無法讀取電話號碼「%1」；依原文保留</translation>
    </message>
    <message>
        <source>Email “%1” could not be read; the lead has no email address</source>
        <translation>無法讀取電子郵件「%1」；此潛在客戶沒有電子郵件地址</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>寄件者：%1</translation>
    </message>
    <message>
        <source>emailed despite do not contact</source>
        <translation>已寄信，儘管對方要求勿聯絡</translation>
    </message>
    <message>
        <source>email from a do-not-contact customer</source>
        <translation>來自要求勿聯絡之客戶的郵件</translation>
    </message>
    <message>
        <source>email logged; no open lead, the cadence is unchanged</source>
        <translation>已記錄郵件；沒有未結潛在客戶，節奏不變</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚未回覆</translation>
    </message>
    <message>
        <source>left voicemail</source>
        <translation>已留語音訊息</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>meeting booked</source>
        <translation>已安排會議</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>沒有興趣</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>筆潛在客戶</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已排定</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>done by %1</source>
        <translation>由 %1 完成</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>交易金額</translation>
    </message>
    <message>
        <source>Contact me</source>
        <translation>與我聯絡</translation>
    </message>
</context>
<context>
    <name>UndoConfirmation</name>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln lead(s) and %1 added by %2?</source>
        <translation>
            <numerusform>要移除 %2 新增的 %Ln 筆潛在客戶和 %1 嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln lead(s) added by %1?</source>
        <translation>
            <numerusform>要移除 %1 新增的 %Ln 筆潛在客戶嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads you had before this import stay, with the details it filled in.</source>
        <translation>此次匯入之前就有的潛在客戶會保留，包括匯入時補上的資料。</translation>
    </message>
    <message numerus="yes">
        <source>You have worked on %Ln of these leads since the import, for %1.</source>
        <translation>
            <numerusform>匯入後你已處理其中 %Ln 筆潛在客戶，客戶為：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing it anyway deletes that work: the status changes and attempts logged on those leads, and the notes and calls of the customers removed.</source>
        <translation>仍要復原的話，這些處理紀錄會一併刪除：這些潛在客戶的狀態變更與聯絡紀錄，以及被移除客戶的備註和通話。</translation>
    </message>
    <message>
        <source>Keep the import</source>
        <translation>保留此次匯入</translation>
    </message>
    <message>
        <source>Undo anyway and lose that work</source>
        <translation>仍要復原，刪除這些紀錄</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other customer(s)</source>
        <translation>
            <numerusform>%1 及其他 %Ln 位客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Due now</source>
        <translation>現在到期</translation>
    </message>
    <message>
        <source>Needs first reply</source>
        <translation>待首次回覆</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>培養中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>請勿聯絡</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <source>Your saved view. Delete removes it.</source>
        <translation>您儲存的檢視。按 Delete 可移除。</translation>
    </message>
    <message>
        <source>Delete view “%s”</source>
        <translation>刪除檢視「%s」</translation>
    </message>
</context>
<context>
    <name>save_invitation</name>
    <message>
        <source>Save calendar invitation</source>
        <translation>儲存行事曆邀請</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>行事曆邀請 (*.ics)</translation>
    </message>
    <message>
        <source>Invitation not saved</source>
        <translation>未儲存邀請</translation>
    </message>
    <message>
        <source>The invitation could not be written to %1: %2</source>
        <translation>無法將邀請寫入 %1：%2</translation>
    </message>
</context>
</TS>
