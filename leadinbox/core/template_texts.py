"""The default email templates and the words that fill an empty placeholder, per UI language.

The salesperson writes in their own language; a template the user edited is kept as written. The Dutch
emails go to prospects and address them formally ("u", "uw"), unlike the UI, which speaks to the user as "je".
Each template is (subject, body); core/templates.py makes them Templates.
"""

from __future__ import annotations

ENGLISH = {
    "PLT": (
        "Your request about {offer}",
        "Hello {first_name},\n\nThank you for asking us to contact you about {offer}.\n\n{their_message}\n\n"
        "I would be glad to hear "
        "what {company} is looking for and to show you how {offer} can help.\n\nWould a short call this week "
        "suit you? Just reply with a time that works.\n\n{signature}"),
    "StartTestDrive": (
        "Your test drive of {offer}",
        "Hello {first_name},\n\nI saw that you started a test drive of {offer}. How is it going? I can walk you "
        "through the parts that matter most for {company} in a 20-minute call.\n\n{signature}"),
    "INS": (
        "Getting started with {offer}",
        "Hello {first_name},\n\nThank you for trying {offer}. To help {company} get the most out of it, I would "
        "like to offer you a short onboarding call. Which day suits you?\n\n{signature}"),
    "Create": (
        "Welcome to {offer}",
        "Hello {first_name},\n\nThank you for deploying {offer} from the Azure portal. I am your contact for "
        "anything you need while you set it up. Shall we schedule a short call?\n\n{signature}"),
    "followup": (
        "Following up: {offer}",
        "Hello {first_name},\n\nI wanted to follow up on my earlier message about {offer}. Is this still on "
        "your list at {company}? If another time or person is better, just let me know.\n\n{signature}"),
    "reply": (
        "Next steps for {offer}",
        "Hello {first_name},\n\nThank you for getting back to me about {offer}. I am glad to continue: shall we "
        "set up a short call to go through what {company} needs? Let me know a time that suits you, or send me "
        "your questions.\n\n{signature}"),
    "booked": (
        "Our call about {offer}",
        "Hello {first_name},\n\nThank you for making time for a call about {offer}. If there is anything you "
        "would like me to look at for {company} beforehand, or questions that came up since, just reply to this "
        "email.\n\n{signature}"),
}

DUTCH = {
    "PLT": (
        "Uw aanvraag over {offer}",
        "Beste {first_name},\n\nHartelijk dank voor uw verzoek om contact over {offer}.\n\n{their_message}\n\n"
        "Ik hoor graag waar "
        "{company} naar op zoek is en laat u graag zien hoe {offer} daarbij kan helpen.\n\nKomt een kort "
        "gesprek deze week u uit? Antwoord gerust met een tijdstip dat u past.\n\n{signature}"),
    "StartTestDrive": (
        "Uw proefrit met {offer}",
        "Beste {first_name},\n\nIk zag dat u een proefrit met {offer} bent begonnen. Hoe bevalt het? In een "
        "gesprek van 20 minuten laat ik u graag de onderdelen zien die voor {company} het meest tellen."
        "\n\n{signature}"),
    "INS": (
        "Aan de slag met {offer}",
        "Beste {first_name},\n\nDank u wel dat u {offer} uitprobeert. Om {company} er zoveel mogelijk uit te "
        "laten halen, bied ik u graag een korte introductie aan. Welke dag komt u goed uit?\n\n{signature}"),
    "Create": (
        "Welkom bij {offer}",
        "Beste {first_name},\n\nDank u wel voor het implementeren van {offer} via de Azure-portal. Ik ben uw "
        "aanspreekpunt voor alles wat u nodig hebt bij de inrichting. Zullen we een kort gesprek "
        "inplannen?\n\n{signature}"),
    "followup": (
        "Opvolging: {offer}",
        "Beste {first_name},\n\nIk kom graag terug op mijn eerdere bericht over {offer}. Staat dit nog op de "
        "agenda bij {company}? Als een ander moment of een andere persoon beter past, laat het me dan "
        "gerust weten.\n\n{signature}"),
    "reply": (
        "Vervolgstappen voor {offer}",
        "Beste {first_name},\n\nDank u wel voor uw reactie over {offer}. Ik help u graag verder: zullen we een "
        "kort gesprek inplannen om door te nemen wat {company} nodig heeft? Laat me weten welk moment u past, of "
        "stuur me gerust uw vragen.\n\n{signature}"),
    "booked": (
        "Ons gesprek over {offer}",
        "Beste {first_name},\n\nDank u wel dat u tijd maakt voor een gesprek over {offer}. Wilt u dat ik vooraf "
        "iets voor {company} bekijk, of zijn er sindsdien vragen opgekomen? Antwoord dan gerust op deze "
        "e-mail.\n\n{signature}"),
}

CHINESE_TW = {
    "PLT": (
        "關於 {offer} 的洽詢",
        "{first_name} 您好：\n\n感謝您透過 {offer} 與我們聯絡。\n\n{their_message}\n\n"
        "很想了解 {company} 的需求，並向您說明 {offer} "
        "能如何提供協助。\n\n請問本週是否方便進行一次簡短的通話？回覆您方便的時間即可。\n\n{signature}"),
    "StartTestDrive": (
        "您的 {offer} 試用體驗",
        "{first_name} 您好：\n\n看到您已開始試用 {offer}，使用起來還順利嗎？我可以用 20 分鐘的通話，為您介紹"
        "對 {company} 最重要的部分。\n\n{signature}"),
    "INS": (
        "開始使用 {offer}",
        "{first_name} 您好：\n\n感謝您試用 {offer}。為了協助 {company} 充分發揮它的功能，我想為您安排一次"
        "簡短的導入說明。請問哪一天比較方便？\n\n{signature}"),
    "Create": (
        "歡迎使用 {offer}",
        "{first_name} 您好：\n\n感謝您從 Azure 入口網站部署 {offer}。在設定期間，您有任何需要都可以找我。"
        "要不要安排一次簡短的通話？\n\n{signature}"),
    "followup": (
        "後續追蹤：{offer}",
        "{first_name} 您好：\n\n想跟您追蹤一下先前關於 {offer} 的訊息。{company} 目前是否仍在考慮？"
        "如果換個時間或由其他人聯絡比較合適，請隨時告訴我。\n\n{signature}"),
    "reply": (
        "{offer} 的後續步驟",
        "{first_name} 您好：\n\n感謝您回覆關於 {offer} 的訊息，很樂意繼續協助您。要不要安排一次簡短的通話，"
        "一起討論 {company} 的需求？請告訴我您方便的時間，或直接把問題寄給我。\n\n{signature}"),
    "booked": (
        "關於 {offer} 的通話",
        "{first_name} 您好：\n\n感謝您撥空與我通話討論 {offer}。如果希望我事先為 {company} 準備任何資料，"
        "或之後有任何問題，直接回覆這封郵件即可。\n\n{signature}"),
}

DEFAULTS_BY_LANGUAGE = {"en": ENGLISH, "nl": DUTCH, "zh_TW": CHINESE_TW}

# What an empty placeholder becomes, so a greeting without a name still reads well; "quote": the words before
# what the customer wrote ({their_message}), quoted.
FALLBACKS_BY_LANGUAGE = {
    "en": {"first_name": "there", "company": "your team", "offer": "our offer", "quote": "You wrote:"},
    "nl": {"first_name": "heer/mevrouw", "company": "uw organisatie", "offer": "ons product", "quote": "U schreef:"},
    "zh_TW": {"first_name": "先生／小姐", "company": "貴公司", "offer": "我們的產品", "quote": "您提到："},
}
