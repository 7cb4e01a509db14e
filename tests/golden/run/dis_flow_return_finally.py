import dis

def ret_in_try(log):
    try:
        return "body"
    finally:
        log.append("cleanup")

dis.dis(ret_in_try)
log = []
print(ret_in_try(log), log)
