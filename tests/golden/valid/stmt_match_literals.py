match value:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 3j:
        pass
    case "text":
        pass
    case b"bytes":
        pass
    case "con" "cat":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
